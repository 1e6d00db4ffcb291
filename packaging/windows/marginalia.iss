; Marginalia for Windows: a per-machine install of the PyInstaller folder (Inno Setup 6.3+).
;
; Build (on Windows, after `python packaging\build.py`; see docs/install.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\marginalia.iss
; Silent install with machine-wide settings, as IT runs it:
;   marginalia-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG=C:\Temp\m.log
;     /DB="D:\Annotation\team.sqlite" /ANNOTATOR_POLICY=os-user /SCHEMA="\\srv\m\labels.json"
;     /LOCK_SCHEMA=true /LANGUAGE=zh_CN
; Any of /DB /ANNOTATOR_POLICY /SCHEMA /LOCK_SCHEMA /LANGUAGE writes
; %PROGRAMDATA%\Marginalia\marginalia.ini (the previous one is kept as marginalia.ini.bak).
; Uninstalling removes the program only: user data and that file stay.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z marginalia.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\marginalia"
#endif
#ifndef IconFile
  #define IconFile "..\build\icons\marginalia.ico"
#endif

[Setup]
; The AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{6F7C2B1E-4D3A-4E58-9C1B-2A9D5E7F3C10}
AppName=Marginalia
AppVersion={#AppVersion}
AppPublisher=The Marginalia developers
AppPublisherURL=https://example.invalid/marginalia
DefaultDirName={autopf}\Marginalia
DefaultGroupName=Marginalia
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\marginalia.exe
UninstallDisplayName=Marginalia {#AppVersion}
OutputDir=..\dist
OutputBaseFilename=marginalia-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; An upgrade replaces the bundled libraries whole: no stale DLL of the old version stays.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Marginalia"; Filename: "{app}\marginalia.exe"
Name: "{autodesktop}\Marginalia"; Filename: "{app}\marginalia.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; Work packages: SQLite files named *.marginalia (ADR 0093) open in Marginalia.
Root: HKA; Subkey: "Software\Classes\.marginalia"; ValueType: string; ValueName: ""; ValueData: "Marginalia.WorkPackage"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.marginalia"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-marginalia-work-package"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Marginalia.WorkPackage"; ValueType: string; ValueName: ""; ValueData: "Marginalia work package"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Marginalia.WorkPackage\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\marginalia.exe,0"
Root: HKA; Subkey: "Software\Classes\Marginalia.WorkPackage\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\marginalia.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\marginalia.exe\SupportedTypes"; ValueType: string; ValueName: ".marginalia"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\marginalia.exe"; Description: "{cm:LaunchProgram,Marginalia}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: files; Name: "{app}\self-test.log"

[Code]
function ConfigParam(Name: String): String;
begin
  Result := Trim(ExpandConstant('{param:' + Name + '|}'));
end;

function InitializeSetup(): Boolean;
var
  Policy, Lock: String;
begin
  Result := True;
  Policy := Lowercase(ConfigParam('ANNOTATOR_POLICY'));
  Lock := Lowercase(ConfigParam('LOCK_SCHEMA'));
  if (Policy <> '') and (Policy <> 'os-user') and (Policy <> 'ask') then begin
    SuppressibleMsgBox('/ANNOTATOR_POLICY must be os-user or ask, not ' + Policy, mbError, MB_OK, IDOK);
    Result := False;
  end;
  if (Lock <> '') and (Lock <> 'true') and (Lock <> 'false') then begin
    SuppressibleMsgBox('/LOCK_SCHEMA must be true or false, not ' + Lock, mbError, MB_OK, IDOK);
    Result := False;
  end;
end;

procedure AddSetting(var Lines: TArrayOfString; Key, Param: String);
var
  Value: String;
begin
  Value := ConfigParam(Param);
  if Value <> '' then begin
    SetArrayLength(Lines, GetArrayLength(Lines) + 1);
    Lines[GetArrayLength(Lines) - 1] := Key + ' = ' + Value;
  end;
end;

procedure WriteMachineConfig();
var
  Lines: TArrayOfString;
  Folder, FileName: String;
begin
  SetArrayLength(Lines, 2);
  Lines[0] := '; Written by the Marginalia installer from its command line; see docs/install.md.';
  Lines[1] := '[marginalia]';
  AddSetting(Lines, 'database', 'DB');
  AddSetting(Lines, 'annotator_policy', 'ANNOTATOR_POLICY');
  AddSetting(Lines, 'schema', 'SCHEMA');
  AddSetting(Lines, 'lock_schema', 'LOCK_SCHEMA');
  AddSetting(Lines, 'language', 'LANGUAGE');
  if GetArrayLength(Lines) = 2 then
    exit;  { no setting given: an existing file is left as it is }
  Folder := ExpandConstant('{commonappdata}\Marginalia');
  FileName := Folder + '\marginalia.ini';
  ForceDirectories(Folder);
  if FileExists(FileName) then
    FileCopy(FileName, FileName + '.bak', False);
  if not SaveStringsToUTF8File(FileName, Lines, False) then
    SuppressibleMsgBox('Cannot write ' + FileName, mbError, MB_OK, IDOK)
  else
    Log('Machine-wide configuration written to ' + FileName);
end;

procedure RunSelfTest();
var
  ResultCode: Integer;
  LogFile: String;
begin
  LogFile := ExpandConstant('{app}\self-test.log');
  Exec(ExpandConstant('{cmd}'),
       '/C ""' + ExpandConstant('{app}\marginalia-cli.exe') + '" self-test > "' + LogFile + '" 2>&1"',
       '', SW_HIDE, ewWaitUntilTerminated, ResultCode);
  Log('Self-test exit status: ' + IntToStr(ResultCode) + ' (output in ' + LogFile + ')');
  if ResultCode <> 0 then
    SuppressibleMsgBox('Marginalia was installed, but its self-test failed. See ' + LogFile,
                       mbError, MB_OK, IDOK);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then begin
    WriteMachineConfig();
    RunSelfTest();
  end;
end;
