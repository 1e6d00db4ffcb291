"""The library's sentences in the window's language (ADR 0117).

``db/`` cannot import Qt, so a reason or an error it gives the user is a
:class:`~marginalia.db.Message`: the English sentence, with its template and the values put
into it. :func:`rendered` looks the template up in the catalogue (context ``db``) and puts the
same values in — the file, the record, the field stay as they were; a value that is itself a
message is rendered in turn. Anything else is shown as it is.

The templates are listed below for ``pyside6-lupdate``, which reads the source and not
``db/``. ``tests/desktop/test_db_messages.py`` fails when a template made in ``db/`` is
missing here or has no Chinese translation, and when one here is no longer made.
"""

# ruff: noqa: E501 - one template a line, as db/ writes it, so the list reads against the code

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from marginalia.db import Message, reason_of

CONTEXT = "db"


def rendered(text: str) -> str:
    """``text`` in the window's language if it is a :class:`Message`, else as it is."""
    if not isinstance(text, Message):
        return str(text)
    template = QCoreApplication.translate(CONTEXT, text.template)
    values = {
        name: rendered(value) if isinstance(value, Message) else value
        for name, value in text.params.items()
    }
    return template.format(**values) if values else template


def rendered_after_path(text: str, path: str) -> str:
    """``text`` rendered without the file it opens with (``{path}: …``) when that file is
    ``path``: for where the file is named already (a merge's summary names each source).
    Anything else is rendered whole."""
    if isinstance(text, Message) and str(text.params.get("path")) == path:
        mark = "\ufffc"  # where the path would be, found in the translation as it is
        whole = rendered(Message(text.template, **{**text.params, "path": mark}))
        if whole.startswith(mark):
            return whole[len(mark) :].lstrip(":： ")
    return rendered(text)


def error_sentence(error: BaseException) -> str:
    """The sentence an error of the library was raised with, in the window's language."""
    return rendered(reason_of(error))


# db/agreement/table.py
QT_TRANSLATE_NOOP("db", "Nothing to compare: no annotator has coded an article yet.")
QT_TRANSLATE_NOOP(
    "db",
    "Nothing to compare: only {name} has coded articles; agreement needs at least two annotators on the same articles.",
)
QT_TRANSLATE_NOOP(
    "db",
    "Nothing to compare: {names} have not coded any article in common (assign the same articles to at least two of them).",
)
# db/article_import/batch.py
QT_TRANSLATE_NOOP("db", 'the field "{field}" must be a string')
QT_TRANSLATE_NOOP("db", "HTML in batches cannot be imported by this version")
QT_TRANSLATE_NOOP("db", 'the field "{field}" is missing or not a string')
QT_TRANSLATE_NOOP("db", 'the field "{field}" must be a list')
QT_TRANSLATE_NOOP("db", 'the field "{field}" is empty')
QT_TRANSLATE_NOOP("db", "images[{index}] must be an object")
QT_TRANSLATE_NOOP("db", "images[{index}].caption must be a string")
QT_TRANSLATE_NOOP("db", "images[{index}].data is not valid base64")
QT_TRANSLATE_NOOP("db", "images[{index}].offset is not a position in the text")
# db/article_import/encoding.py
QT_TRANSLATE_NOOP("db", "unknown encoding {name}")
QT_TRANSLATE_NOOP("db", "the file is empty")
QT_TRANSLATE_NOOP("db", "the file is binary ({kind}), not text")
QT_TRANSLATE_NOOP("db", "the file is binary, not text")
QT_TRANSLATE_NOOP(
    "db", "the file is not valid {encoding}: byte {byte} cannot be read in that encoding"
)
QT_TRANSLATE_NOOP(
    "db",
    "the file starts with a BOM for {encoding} but its length is not a multiple of {unit} bytes, so it is truncated",
)
QT_TRANSLATE_NOOP(
    "db",
    "the file looks like BOM-less {encoding} but its length is not a multiple of {unit} bytes, so it is truncated",
)
QT_TRANSLATE_NOOP("db", "the file starts with a BOM for {encoding} but is damaged at byte {byte}")
QT_TRANSLATE_NOOP("db", "the file looks like BOM-less {encoding} but is damaged at byte {byte}")
QT_TRANSLATE_NOOP("db", "the text encoding could not be recognised")
QT_TRANSLATE_NOOP(
    "db",
    "the file looks like EUC-TW (Traditional Chinese), which Marginalia cannot decode; convert it to UTF-8 first (for example with iconv -f EUC-TW -t UTF-8)",
)
# db/article_import/html/__init__.py
QT_TRANSLATE_NOOP("db", "the page is larger than {size} MB and is not imported")
QT_TRANSLATE_NOOP("db", "the page is nested too deeply to be read")
QT_TRANSLATE_NOOP("db", "no article text was found in the page")
# db/article_import/html/decoding.py
QT_TRANSLATE_NOOP("db", "the page starts as {encoding} but is damaged")
# db/article_import/html/tree.py
QT_TRANSLATE_NOOP("db", "the file is not an HTML page")
QT_TRANSLATE_NOOP(
    "db", "the page's markup is nested more than {depth} levels deep; it is not imported"
)
# db/article_import/images.py
QT_TRANSLATE_NOOP("db", "the image file is empty")
QT_TRANSLATE_NOOP("db", "the image is larger than {size} MB")
QT_TRANSLATE_NOOP("db", "the image is too large to show ({width}×{height} pixels)")
QT_TRANSLATE_NOOP("db", "the image is too large to show (decompression bomb limit)")
QT_TRANSLATE_NOOP("db", "the file is not an image Marginalia can show")
QT_TRANSLATE_NOOP("db", "the image is damaged or truncated ({detail})")
# db/article_import/pipeline.py
QT_TRANSLATE_NOOP("db", "saved web pages cannot be imported by this version")
QT_TRANSLATE_NOOP("db", "the image {name}: {reason}")
QT_TRANSLATE_NOOP(
    "db",
    "{stored} of {total} article was stored; {advice} — the same import again skips what was stored",
)
QT_TRANSLATE_NOOP(
    "db",
    "{stored} of {total} articles were stored; {advice} — the same import again skips what was stored",
)
QT_TRANSLATE_NOOP("db", "was not stored ({reason})")
QT_TRANSLATE_NOOP("db", "is nested too deeply to be read")
QT_TRANSLATE_NOOP("db", "is too large to be read in the memory available")
QT_TRANSLATE_NOOP(
    "db",
    "could not be read because of an error in Marginalia ({error}); the details are in the log",
)
QT_TRANSLATE_NOOP("db", "the database refused it ({detail})")
# db/article_import/sniff.py
QT_TRANSLATE_NOOP("db", "a PNG image")
QT_TRANSLATE_NOOP("db", "a JPEG image")
QT_TRANSLATE_NOOP("db", "a GIF image")
QT_TRANSLATE_NOOP("db", "a BMP image")
QT_TRANSLATE_NOOP("db", "a TIFF image")
QT_TRANSLATE_NOOP("db", "a PDF document")
QT_TRANSLATE_NOOP("db", "an old Microsoft Office document")
QT_TRANSLATE_NOOP("db", "an RTF document")
QT_TRANSLATE_NOOP("db", "a gzip archive")
QT_TRANSLATE_NOOP("db", "a 7-Zip archive")
QT_TRANSLATE_NOOP("db", "a RAR archive")
QT_TRANSLATE_NOOP("db", "a bzip2 archive")
QT_TRANSLATE_NOOP("db", "an XZ archive")
QT_TRANSLATE_NOOP("db", "a program")
QT_TRANSLATE_NOOP("db", "an SQLite database")
QT_TRANSLATE_NOOP("db", "a web font")
QT_TRANSLATE_NOOP("db", "an Ogg media file")
QT_TRANSLATE_NOOP("db", "an MP3 audio file")
QT_TRANSLATE_NOOP("db", "a FLAC audio file")
QT_TRANSLATE_NOOP("db", "a Word document")
QT_TRANSLATE_NOOP("db", "an Excel workbook")
QT_TRANSLATE_NOOP("db", "a PowerPoint presentation")
QT_TRANSLATE_NOOP("db", "an OpenDocument file")
QT_TRANSLATE_NOOP("db", "an EPUB book")
QT_TRANSLATE_NOOP("db", "a zip archive")
QT_TRANSLATE_NOOP("db", "a WebP image")
QT_TRANSLATE_NOOP("db", "a WAV audio file")
QT_TRANSLATE_NOOP("db", "a video")
QT_TRANSLATE_NOOP("db", "a video or HEIC image")
# db/article_import/sources.py
QT_TRANSLATE_NOOP("db", "the image {name} {problem}")
QT_TRANSLATE_NOOP("db", "the image {name} cannot be read ({detail})")
QT_TRANSLATE_NOOP("db", "its images together are larger than {limit}")
QT_TRANSLATE_NOOP(
    "db", "the image {name} is {size} MB; images larger than {limit} are not imported"
)
QT_TRANSLATE_NOOP("db", "no such file or folder")
QT_TRANSLATE_NOOP("db", "is not a regular file")
QT_TRANSLATE_NOOP("db", "is an image, not an article")
QT_TRANSLATE_NOOP("db", "the folder {reason}")
QT_TRANSLATE_NOOP("db", "cannot be read (permission denied)")
QT_TRANSLATE_NOOP("db", "cannot be read ({detail})")
QT_TRANSLATE_NOOP("db", "is {size} MB; articles larger than {limit} are not imported")
QT_TRANSLATE_NOOP("db", "unpacks to more than {limit}")
QT_TRANSLATE_NOOP("db", "is encrypted; Marginalia cannot read password-protected archives")
QT_TRANSLATE_NOOP("db", "cannot be unpacked ({detail})")
QT_TRANSLATE_NOOP("db", "is not a valid zip archive")
QT_TRANSLATE_NOOP("db", "points outside the archive; the archive was not imported")
QT_TRANSLATE_NOOP("db", "archives inside archives are not imported")
QT_TRANSLATE_NOOP("db", "the rest of the file {problem}")
QT_TRANSLATE_NOOP("db", "Expecting value")
QT_TRANSLATE_NOOP("db", "Expecting property name enclosed in double quotes")
QT_TRANSLATE_NOOP("db", "Expecting ':' delimiter")
QT_TRANSLATE_NOOP("db", "Expecting ',' delimiter")
QT_TRANSLATE_NOOP("db", "Unterminated string starting")
QT_TRANSLATE_NOOP("db", "Invalid control character")
QT_TRANSLATE_NOOP("db", "Invalid \\escape")
QT_TRANSLATE_NOOP("db", "Invalid \\uXXXX escape")
QT_TRANSLATE_NOOP("db", "Extra data")
QT_TRANSLATE_NOOP("db", "Illegal trailing comma before end of array")
QT_TRANSLATE_NOOP("db", "Illegal trailing comma before end of object")
QT_TRANSLATE_NOOP("db", "is not UTF-8 (JSON Lines must be UTF-8)")
QT_TRANSLATE_NOOP("db", "is not valid JSON ({problem} at column {column})")
QT_TRANSLATE_NOOP("db", "is nested more than {depth} levels deep")
QT_TRANSLATE_NOOP("db", "is not a JSON object")
# db/article_import/text.py
QT_TRANSLATE_NOOP("db", "the file holds no text")
# db/backup.py
QT_TRANSLATE_NOOP("db", "the backup was not written")
QT_TRANSLATE_NOOP("db", "{advice}; the database itself is unchanged")
# db/commands.py
QT_TRANSLATE_NOOP(
    "db",
    "the annotation was changed or deleted elsewhere since it was added; this step was not done",
)
QT_TRANSLATE_NOOP(
    "db",
    "the annotation was changed or deleted elsewhere since it was restored; this step was not done",
)
QT_TRANSLATE_NOOP("db", "the annotation was changed elsewhere since this edit; it was not undone")
QT_TRANSLATE_NOOP(
    "db", "the annotation was moved or deleted elsewhere since; this step was not applied"
)
QT_TRANSLATE_NOOP(
    "db", "the annotation was moved or deleted elsewhere since; this step was not undone"
)
QT_TRANSLATE_NOOP("db", "Add annotation")
QT_TRANSLATE_NOOP("db", "Delete annotation")
QT_TRANSLATE_NOOP("db", "Edit annotation")
QT_TRANSLATE_NOOP("db", "Adjust annotation")
QT_TRANSLATE_NOOP("db", "Set status")
# db/database.py
QT_TRANSLATE_NOOP("db", "the database cannot use write-ahead logging on this medium")
QT_TRANSLATE_NOOP("db", "{path}: cannot be opened ({detail})")
QT_TRANSLATE_NOOP("db", "a new database cannot be created there")
QT_TRANSLATE_NOOP("db", "choose a folder you can write to")
QT_TRANSLATE_NOOP("db", "it must be upgraded for this version of Marginalia, but")
QT_TRANSLATE_NOOP(
    "db",
    "a program that stopped left an unfinished change in it ({journal}) that cannot be undone here, because",
)
QT_TRANSLATE_NOOP("db", "copy the database and that file together to a folder you can write to")
QT_TRANSLATE_NOOP(
    "db",
    "{path}: is not a Marginalia database, and a program that stopped left an unfinished change in it ({journal}); open it with that program first",
)
QT_TRANSLATE_NOOP("db", "{path}: is damaged, or not a Marginalia database")
QT_TRANSLATE_NOOP("db", "{path}: is not a Marginalia database")
QT_TRANSLATE_NOOP(
    "db",
    "{path}: was made by a newer version of Marginalia (schema {revision}); please upgrade Marginalia to open it",
)
# db/errors.py
QT_TRANSLATE_NOOP("db", "{path}: {reason}")
QT_TRANSLATE_NOOP("db", "{where}: {doing}: {reason}; {advice}")
QT_TRANSLATE_NOOP("db", "{where}: {reason}; {advice}")
QT_TRANSLATE_NOOP("db", "{reason}; {advice}")
QT_TRANSLATE_NOOP("db", "the disk is full")
QT_TRANSLATE_NOOP("db", "free some space on it, then try again")
QT_TRANSLATE_NOOP("db", "the database file is read-only")
QT_TRANSLATE_NOOP("db", "make it writable, or copy it to a folder you can write to")
QT_TRANSLATE_NOOP("db", "the disk is read-only")
QT_TRANSLATE_NOOP("db", "copy the file to a disk you can write to")
QT_TRANSLATE_NOOP(
    "db",
    "its folder is read-only, and a database needs to keep its working files (-wal, -shm) beside it",
)
QT_TRANSLATE_NOOP("db", "copy it to a folder you can write to")
QT_TRANSLATE_NOOP("db", "you are not allowed to write there (permission denied)")
QT_TRANSLATE_NOOP("db", "ask whoever manages the computer for write access, or use another folder")
QT_TRANSLATE_NOOP("db", "another program or window has been writing to the database for too long")
QT_TRANSLATE_NOOP("db", "wait until it has finished (a merge or an import), then try again")
QT_TRANSLATE_NOOP("db", "the disk reported an error while reading or writing")
QT_TRANSLATE_NOOP(
    "db",
    "check the disk or network share; the backups folder beside the database keeps recent copies",
)
QT_TRANSLATE_NOOP("db", "the database is damaged")
QT_TRANSLATE_NOOP("db", "restore the newest copy from the backups folder beside it")
QT_TRANSLATE_NOOP("db", "the database file cannot be opened")
QT_TRANSLATE_NOOP("db", "check that its folder exists and that you may write to it")
QT_TRANSLATE_NOOP("db", "the database server cannot be reached")
QT_TRANSLATE_NOOP("db", "check the network and that the server is running, then try again")
QT_TRANSLATE_NOOP("db", "the connection to the database server was lost")
QT_TRANSLATE_NOOP("db", "try again when the server is back")
QT_TRANSLATE_NOOP("db", "the database server refused the user name or password")
QT_TRANSLATE_NOOP("db", "check them in the database address")
QT_TRANSLATE_NOOP("db", "the database does not exist on the server")
QT_TRANSLATE_NOOP(
    "db", "check its name, or ask the server's administrator to create it (docs/team-server.md)"
)
QT_TRANSLATE_NOOP("db", "the database server does not allow this user to do that")
QT_TRANSLATE_NOOP(
    "db", "ask the server's administrator for the rights listed in docs/team-server.md"
)
QT_TRANSLATE_NOOP("db", "the database server's disk is full")
QT_TRANSLATE_NOOP("db", "ask the server's administrator to free space, then try again")
QT_TRANSLATE_NOOP("db", "the database server is overloaded (too many connections or out of memory)")
QT_TRANSLATE_NOOP("db", "try again in a moment")
QT_TRANSLATE_NOOP(
    "db",
    "the database server ended the connection (it is restarting, or its administrator ended the session)",
)
QT_TRANSLATE_NOOP("db", "the database server only allows reading (a standby server)")
QT_TRANSLATE_NOOP("db", "connect to the primary server")
QT_TRANSLATE_NOOP("db", "another user changed the same data at the same moment")
QT_TRANSLATE_NOOP("db", "try again")
QT_TRANSLATE_NOOP("db", "{reasons}; {reason}")
# db/interchange/__init__.py
QT_TRANSLATE_NOOP("db", "unknown export format {format} (use one of {formats})")
QT_TRANSLATE_NOOP("db", "{format} has no layout {layout}")
# db/interchange/anchoring.py
QT_TRANSLATE_NOOP("db", "span {start}–{end} lies outside the text (length {length})")
QT_TRANSLATE_NOOP("db", "span {start}–{end} is empty or reversed")
QT_TRANSLATE_NOOP("db", "the quote {quote} is not in the article's text")
QT_TRANSLATE_NOOP("db", "the quote {quote} at {start}–{end} is not in the article's text")
QT_TRANSLATE_NOOP("db", "attribute {name}={value} left out: {label} has no such")
QT_TRANSLATE_NOOP("db", "attribute left out: {reason}")
QT_TRANSLATE_NOOP("db", "unknown label {label}")
QT_TRANSLATE_NOOP("db", "the span is empty")
# db/interchange/atomic.py
QT_TRANSLATE_NOOP("db", "the export was not written")
QT_TRANSLATE_NOOP("db", "{advice}; nothing was left half-written")
# db/interchange/brat.py
QT_TRANSLATE_NOOP("db", "span of line breaks only")
QT_TRANSLATE_NOOP("db", "link to an annotation in another article")
# db/interchange/brat_in.py
QT_TRANSLATE_NOOP("db", "there is no .txt beside it (brat keeps the text there)")
QT_TRANSLATE_NOOP("db", "{document} line {number} ({span})")
QT_TRANSLATE_NOOP("db", "span {start}–{end} lies outside the text ({length})")
QT_TRANSLATE_NOOP(
    "db",
    "a discontinuous span (words between its fragments): Marginalia stores one continuous span",
)
QT_TRANSLATE_NOOP("db", "its text {quote} is not the document's text there")
QT_TRANSLATE_NOOP("db", "its relation {kind} points at {target}, which is no span")
QT_TRANSLATE_NOOP("db", "{piece} is not a 'start end' pair")
QT_TRANSLATE_NOOP("db", "a text-bound line needs a type and offsets")
QT_TRANSLATE_NOOP("db", "{document} line {number}")
QT_TRANSLATE_NOOP("db", "attribute {name} is on {span}, which is no text span")
QT_TRANSLATE_NOOP("db", "relation {name} does not join two text spans")
QT_TRANSLATE_NOOP("db", "the note is on {span}, which is no text span")
QT_TRANSLATE_NOOP("db", "an event ({id}) has no place in Marginalia; left out")
QT_TRANSLATE_NOOP("db", "a normalization ({id}) has no place in Marginalia; left out")
QT_TRANSLATE_NOOP("db", "an equivalence ({id}) has no place in Marginalia; left out")
QT_TRANSLATE_NOOP("db", "cannot read the line {id}")
# db/interchange/conll.py
QT_TRANSLATE_NOOP("db", "span overlapping another of its label beyond the layers")
QT_TRANSLATE_NOOP("db", "span overlapping another span (one tag column; use the columns layout)")
QT_TRANSLATE_NOOP("db", "span without a token (only spaces)")
QT_TRANSLATE_NOOP("db", "conll has no layout {layout} (use ner or columns)")
QT_TRANSLATE_NOOP("db", "no tag scheme {scheme} (use iob2 or bioes)")
# db/interchange/doccano.py
QT_TRANSLATE_NOOP("db", "doccano has no layout {layout} (use relations or simple)")
QT_TRANSLATE_NOOP("db", "span whose ends fall inside a character in {unit} offsets")
QT_TRANSLATE_NOOP("db", "link to an annotation in another article (kept in marginalia)")
# db/interchange/foreign.py
QT_TRANSLATE_NOOP("db", "{path}: {record}: {reason}")
QT_TRANSLATE_NOOP("db", "{path}: {record}: {reason} (and {more} more problem)")
QT_TRANSLATE_NOOP("db", "{path}: {record}: {reason} (and {more} more problems)")
QT_TRANSLATE_NOOP("db", "the given text")
QT_TRANSLATE_NOOP("db", "the image sha256 {sha256}… is not an image of the article")
QT_TRANSLATE_NOOP("db", "the image {name} at {offset} is not an image of the article")
QT_TRANSLATE_NOOP("db", "{field} is not a whole number ({value})")
# db/interchange/importer.py
QT_TRANSLATE_NOOP("db", "cannot read {format} ({known})")
QT_TRANSLATE_NOOP("db", "there is no such file")
QT_TRANSLATE_NOOP("db", "the file holds no annotations")
QT_TRANSLATE_NOOP("db", "annotation id {id} appears twice in the file")
QT_TRANSLATE_NOOP("db", "its text is not in the database ({article})")
QT_TRANSLATE_NOOP("db", "no annotator in the file; give one with --annotator")
QT_TRANSLATE_NOOP(
    "db", "its link to {target} was left out: that annotation is neither in the file nor stored"
)
QT_TRANSLATE_NOOP("db", "its link to {target} was left out: that annotation is in another article")
# db/interchange/jsonstream.py
QT_TRANSLATE_NOOP("db", "document")
QT_TRANSLATE_NOOP("db", "line {number}")
QT_TRANSLATE_NOOP("db", "item {number}")
QT_TRANSLATE_NOOP("db", "broken JSON ({problem}, line {line} column {column})")
QT_TRANSLATE_NOOP("db", "broken JSON ({problem}, column {column})")
QT_TRANSLATE_NOOP("db", "the file is not UTF-8 text ({detail})")
QT_TRANSLATE_NOOP("db", "broken JSON ({detail})")
QT_TRANSLATE_NOOP("db", "{prefix} {number}")
# db/interchange/labelstudio.py
QT_TRANSLATE_NOOP("db", "link outside one annotator's article (kept in marginalia)")
# db/interchange/labelstudio_in.py
QT_TRANSLATE_NOOP("db", "not a Label Studio task (no data)")
QT_TRANSLATE_NOOP("db", "the task's data has no text")
QT_TRANSLATE_NOOP("db", "task {number}")
QT_TRANSLATE_NOOP("db", "{record} annotation {number}")
QT_TRANSLATE_NOOP("db", "the annotation has no result list")
QT_TRANSLATE_NOOP("db", "{record} prediction {number}")
QT_TRANSLATE_NOOP("db", "the prediction has no result list")
QT_TRANSLATE_NOOP("db", "a result is not an object")
QT_TRANSLATE_NOOP("db", "{record} region {region}")
QT_TRANSLATE_NOOP("db", "the region has {count} labels, not one")
QT_TRANSLATE_NOOP("db", "a relation from region {region} points at no region")
# db/interchange/readers.py
QT_TRANSLATE_NOOP("db", "{record} item {number}")
QT_TRANSLATE_NOOP("db", "not a JSON object")
QT_TRANSLATE_NOOP("db", "{record} page {id}")
QT_TRANSLATE_NOOP("db", "not a W3C Annotation (type {type})")
QT_TRANSLATE_NOOP("db", "the annotation has no id")
QT_TRANSLATE_NOOP("db", "the target has no selector")
QT_TRANSLATE_NOOP("db", "no TextQuoteSelector or TextPositionSelector")
QT_TRANSLATE_NOOP("db", "no tagging body names a label (a comment-only annotation)")
QT_TRANSLATE_NOOP("db", "the target has no source")
QT_TRANSLATE_NOOP("db", "marginalia:attributes is not an object")
QT_TRANSLATE_NOOP("db", "a link has no target")
QT_TRANSLATE_NOOP("db", "{record}, annotation {id}")
QT_TRANSLATE_NOOP("db", "annotation {id}")
QT_TRANSLATE_NOOP("db", "entity {number} is neither an object nor a [start, end, label]")
QT_TRANSLATE_NOOP("db", "{field} {number} is not a [start, end, label] triple")
QT_TRANSLATE_NOOP("db", "not a doccano record (no text)")
QT_TRANSLATE_NOOP("db", "unknown offset unit {unit} (use {units})")
QT_TRANSLATE_NOOP("db", "offset {reason} (offsets counted in {unit})")
QT_TRANSLATE_NOOP("db", "relation {relation} starts at no entity of this record")
QT_TRANSLATE_NOOP("db", "relation {id} points at no entity of this record")
QT_TRANSLATE_NOOP("db", "{record}, entity {number}")
QT_TRANSLATE_NOOP("db", "the entity has no label")
QT_TRANSLATE_NOOP("db", "{record} record {number}")
QT_TRANSLATE_NOOP("db", "{record}: {reason}")
# db/interchange/spacy_.py
QT_TRANSLATE_NOOP("db", "the spacy format needs spaCy: pip install 'marginalia[spacy]'")
QT_TRANSLATE_NOOP("db", "article {id}: the tokens do not give its text")
QT_TRANSLATE_NOOP("db", "span not on token boundaries")
# db/interchange/units.py
QT_TRANSLATE_NOOP("db", "{position} is outside the text ({clusters} clusters)")
QT_TRANSLATE_NOOP("db", "{position} falls inside the surrogate pair of {character}")
QT_TRANSLATE_NOOP("db", "code point {codepoint} is inside a grapheme cluster")
# db/interchange/w3c.py
QT_TRANSLATE_NOOP("db", "w3c has no layout {layout} (use jsonl or collection)")
# db/interchange/xmi.py
QT_TRANSLATE_NOOP("db", "the xmi format needs dkpro-cassis: pip install 'marginalia[inception]'")
# db/interchange/xmi_in.py
QT_TRANSLATE_NOOP("db", "the zip")
QT_TRANSLATE_NOOP(
    "db",
    "an INCEpTION project export without XMI files: export the project again with the secondary format 'UIMA CAS XMI (XML 1.0)'",
)
QT_TRANSLATE_NOOP("db", "not a readable zip file")
QT_TRANSLATE_NOOP("db", "not a readable UIMA CAS XMI file ({detail})")
QT_TRANSLATE_NOOP("db", "{document}, annotation {id}")
QT_TRANSLATE_NOOP("db", "its type {type} is not in the type system; not read")
QT_TRANSLATE_NOOP("db", "the CAS has no text (sofa string) to annotate")
QT_TRANSLATE_NOOP("db", "{document}, {count} annotation of {type} (xmi:id {ids})")
QT_TRANSLATE_NOOP("db", "{document}, {count} annotations of {type} (xmi:id {ids})")
QT_TRANSLATE_NOOP(
    "db",
    "not read: annotations come from INCEpTION's custom layers (webanno.custom.*), DKPro NamedEntity and relations between those",
)
QT_TRANSLATE_NOOP("db", "{document}, relation {id} ({type})")
QT_TRANSLATE_NOOP("db", "a relation without both ends")
QT_TRANSLATE_NOOP(
    "db", "a relation between annotations that are not spans ({governor} → {dependent})"
)
QT_TRANSLATE_NOOP("db", "{document}, annotation {id} ({type})")
QT_TRANSLATE_NOOP(
    "db",
    "a zero-length annotation at {offset} (INCEpTION allows them; a Marginalia span covers at least one character)",
)
QT_TRANSLATE_NOOP("db", "its slot {feature} points at {type}, which is not a span")
# db/interchange/xmi_scan.py
QT_TRANSLATE_NOOP("db", "{feature} {value} lies outside the text ({length} UTF-16 code units)")
QT_TRANSLATE_NOOP(
    "db",
    "{feature} {value} falls inside a character that UTF-16 writes as two units (a surrogate pair): not a character boundary",
)
# db/listing.py
QT_TRANSLATE_NOOP("db", "the annotator name is empty")
QT_TRANSLATE_NOOP("db", "unknown label {label} (known: {known})")
# db/schema/edit.py
QT_TRANSLATE_NOOP("db", "the label id {id} is used {n} times")
QT_TRANSLATE_NOOP("db", "the label name {name} is used {n} times")
QT_TRANSLATE_NOOP("db", "the key {key} is used {n} times")
QT_TRANSLATE_NOOP("db", "the label id {id} must be 1–64 letters, digits, _ . or -")
QT_TRANSLATE_NOOP("db", "the label {id} has no name")
QT_TRANSLATE_NOOP("db", "the colour of {label} must look like #RRGGBB")
QT_TRANSLATE_NOOP("db", "the key of {label} is too long")
QT_TRANSLATE_NOOP("db", "{label} has the attribute {name} {n} times")
QT_TRANSLATE_NOOP("db", "{label} has an attribute without a name")
QT_TRANSLATE_NOOP("db", "the choice attribute {name} has no choices")
QT_TRANSLATE_NOOP("db", "the attribute {name} repeats a choice")
QT_TRANSLATE_NOOP("db", "the text attribute {name} has choices")
QT_TRANSLATE_NOOP("db", "the number attribute {name} has choices")
QT_TRANSLATE_NOOP("db", "the boolean attribute {name} has choices")
QT_TRANSLATE_NOOP("db", "the image attribute {name} has choices")
QT_TRANSLATE_NOOP("db", "the label schema was changed meanwhile; reload it")
QT_TRANSLATE_NOOP("db", "the label {label} would be deleted")
QT_TRANSLATE_NOOP("db", "{label}: the attribute {name} would go")
QT_TRANSLATE_NOOP("db", "{label}: {reason}")
QT_TRANSLATE_NOOP("db", "apply it as a migration to delete those annotations or drop those values")
QT_TRANSLATE_NOOP("db", "{reason} (used by {n} annotation)")
QT_TRANSLATE_NOOP("db", "{reason} (used by {n} annotations)")
QT_TRANSLATE_NOOP(
    "db", "annotation {id} was changed meanwhile; the schema change cannot be applied or undone"
)
QT_TRANSLATE_NOOP("db", "Add label {label}")
QT_TRANSLATE_NOOP("db", "Rename label {old_label} to {label}")
QT_TRANSLATE_NOOP("db", "Recolour {label}")
QT_TRANSLATE_NOOP("db", "Change the key of {label}")
QT_TRANSLATE_NOOP("db", "Edit the attributes of {label}")
QT_TRANSLATE_NOOP("db", "Delete label {label}")
QT_TRANSLATE_NOOP("db", "Replace the schema")
# db/schema/transfer.py
QT_TRANSLATE_NOOP("db", 'this is not a Marginalia label schema (no "format": "marginalia-schema")')
QT_TRANSLATE_NOOP("db", "schema version {version} is not supported")
QT_TRANSLATE_NOOP("db", "the schema has no list of labels")
QT_TRANSLATE_NOOP("db", "the schema is malformed ({detail})")
QT_TRANSLATE_NOOP("db", "{path}: is not JSON ({detail})")
QT_TRANSLATE_NOOP(
    "db", "{path}: is not JSON ({problem}: line {line} column {column} (char {char}))"
)
QT_TRANSLATE_NOOP("db", "Import the schema {file}")
# db/sqlite_files.py
QT_TRANSLATE_NOOP("db", "{path}: the folder {folder} does not exist")
QT_TRANSLATE_NOOP("db", "{path}: is a folder, not a database file")
QT_TRANSLATE_NOOP("db", "{path}: cannot be read ({detail})")
QT_TRANSLATE_NOOP("db", "{path}: is not a Marginalia database (not an SQLite file)")
# db/store.py
QT_TRANSLATE_NOOP("db", "no annotator named {name}")
QT_TRANSLATE_NOOP("db", "there is no annotation {id}")
QT_TRANSLATE_NOOP(
    "db",
    "the annotation was changed elsewhere (revision {actual}, expected {expected}); reload it to see the change",
)
QT_TRANSLATE_NOOP("db", "there is no article {id}")
QT_TRANSLATE_NOOP("db", "image {image} is not an image of article {article}")
QT_TRANSLATE_NOOP("db", "an annotation cannot link to itself")
QT_TRANSLATE_NOOP("db", "linked annotation {annotation} is not in article {article}")
# db/team/adjudication.py
QT_TRANSLATE_NOOP("db", "Accept span")
QT_TRANSLATE_NOOP("db", "Reject span")
# db/team/conflicts.py
QT_TRANSLATE_NOOP("db", "there is no merge conflict {id}")
QT_TRANSLATE_NOOP("db", "merge conflict {id} is already resolved")
QT_TRANSLATE_NOOP("db", "the annotation was changed meanwhile; reload and resolve again")
# db/team/merge.py
QT_TRANSLATE_NOOP("db", "the label {label} ({id}) is not in the target's schema")
QT_TRANSLATE_NOOP("db", "the label {label} has different attribute definitions")
QT_TRANSLATE_NOOP("db", "{path}: there is no such database file")
QT_TRANSLATE_NOOP("db", "annotations use labels the target lacks: {labels}")
QT_TRANSLATE_NOOP("db", "it is the target database itself")
QT_TRANSLATE_NOOP("db", "the merge was cancelled; nothing was changed")
# db/team/package.py
QT_TRANSLATE_NOOP("db", "{path}: already exists; choose a new file for the package")
QT_TRANSLATE_NOOP("db", "the package would hold no articles")
QT_TRANSLATE_NOOP("db", "{annotator} has no assigned articles; name them with --article")
# db/transactions.py
QT_TRANSLATE_NOOP(
    "db",
    "the connection to the database server was lost while saving, so whether this change was saved is not known",
)
QT_TRANSLATE_NOOP(
    "db", "when the server is back, look whether the change is there and make it again if not"
)
QT_TRANSLATE_NOOP("db", "the connection to the database server was lost; this change was not saved")
QT_TRANSLATE_NOOP("db", "this change was not saved")
# db/validation.py
QT_TRANSLATE_NOOP("db", "a span's start and end must be whole numbers")
QT_TRANSLATE_NOOP("db", "the span {start}–{end} is outside the text (0–{length})")
QT_TRANSLATE_NOOP("db", "the span {start}–{end} is empty")
QT_TRANSLATE_NOOP("db", "the label {label} has no attribute {name}")
QT_TRANSLATE_NOOP("db", "{name} must be one of {allowed}, not {value}")
QT_TRANSLATE_NOOP("db", "{name} must be yes or no, not {value}")
QT_TRANSLATE_NOOP("db", "{name} is set by linking an image, not as a value")
QT_TRANSLATE_NOOP("db", "{name} must be a number, not {value}")
