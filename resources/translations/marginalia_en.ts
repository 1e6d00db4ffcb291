<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticleImportFeature</name>
    <message numerus="yes">
        <location filename="../../desktop/article_import/feature.py" line="+215"/>
        <location line="+6"/>
        <source>Imported %Ln article(s).</source>
        <translation>
            <numerusform>Imported %Ln article.</numerusform>
            <numerusform>Imported %Ln articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/interchange/dialog.py" line="+442"/>
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message numerus="yes">
        <location filename="../../desktop/interchange/job.py" line="+123"/>
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wrote %Ln suggestion(s) as predictions to review in Label Studio.</source>
        <translation>
            <numerusform>Wrote %Ln suggestion as predictions to review in Label Studio.</numerusform>
            <numerusform>Wrote %Ln suggestions as predictions to review in Label Studio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message numerus="yes">
        <location filename="../../desktop/suggest/listview.py" line="+325"/>
        <source>%Ln suggestion(s)</source>
        <translation>
            <numerusform>%Ln suggestion</numerusform>
            <numerusform>%Ln suggestions</numerusform>
        </translation>
    </message>
</context>
</TS>
