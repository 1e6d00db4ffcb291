<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdjudicationView</name>
    <message numerus="yes">
        <location filename="../../desktop/insight/adjudication.py" line="+245"/>
        <source>{open} of %Ln span(s) left to decide · {gold} in gold</source>
        <translation>
            <numerusform>{open} of %Ln span left to decide · {gold} in gold</numerusform>
            <numerusform>{open} of %Ln spans left to decide · {gold} in gold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>Exported %Ln gold annotation(s).</source>
        <translation>
            <numerusform>Exported %Ln gold annotation.</numerusform>
            <numerusform>Exported %Ln gold annotations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message numerus="yes">
        <location filename="../../desktop/insight/agreement.py" line="+236"/>
        <source>%Ln annotator(s)</source>
        <translation>
            <numerusform>%Ln annotator</numerusform>
            <numerusform>%Ln annotators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln label</numerusform>
            <numerusform>%Ln labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationImporter</name>
    <message numerus="yes">
        <location filename="../../desktop/interchange/job.py" line="+246"/>
        <source>{name}: %Ln annotation(s) imported.</source>
        <translation>
            <numerusform>{name}: %Ln annotation imported.</numerusform>
            <numerusform>{name}: %Ln annotations imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln were already there.</source>
        <translation>
            <numerusform>%Ln was already there.</numerusform>
            <numerusform>%Ln were already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln moved onto their quote.</source>
        <translation>
            <numerusform>%Ln moved onto its quote.</numerusform>
            <numerusform>%Ln moved onto their quote.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln suggestion(s) to review.</source>
        <translation>
            <numerusform>%Ln suggestion to review.</numerusform>
            <numerusform>%Ln suggestions to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleImportFeature</name>
    <message numerus="yes">
        <location filename="../../desktop/article_import/feature.py" line="+228"/>
        <location line="+15"/>
        <source>Imported %Ln article(s).</source>
        <translation>
            <numerusform>Imported %Ln article.</numerusform>
            <numerusform>Imported %Ln articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>The list&apos;s filters hid %Ln of them and were cleared.</source>
        <translation>
            <numerusform>The list&apos;s filters hid %Ln of them and were cleared.</numerusform>
            <numerusform>The list&apos;s filters hid %Ln of them and were cleared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/team/conflicts_view.py" line="+152"/>
        <source>%Ln conflict(s) to settle.</source>
        <translation>
            <numerusform>%Ln conflict to settle.</numerusform>
            <numerusform>%Ln conflicts to settle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/interchange/dialog.py" line="+458"/>
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
        <location filename="../../desktop/interchange/job.py" line="-129"/>
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
    <name>Merger</name>
    <message numerus="yes">
        <location filename="../../desktop/team/merging.py" line="+110"/>
        <source>Merged %Ln database(s).</source>
        <translation>
            <numerusform>Merged %Ln database.</numerusform>
            <numerusform>Merged %Ln databases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln new article</numerusform>
            <numerusform>%Ln new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln conflict(s) need your decision; they are listed next.</source>
        <translation>
            <numerusform>%Ln conflict needs your decision; it is listed next.</numerusform>
            <numerusform>%Ln conflicts need your decision; they are listed next.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message numerus="yes">
        <location filename="../../desktop/team/schema_editor.py" line="+411"/>
        <source>Delete the label {name} and its %Ln annotation(s)?</source>
        <translation>
            <numerusform>Delete the label {name} and its %Ln annotation?</numerusform>
            <numerusform>Delete the label {name} and its %Ln annotations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Change the attributes of {name} and drop the values that no longer fit from %Ln annotation(s)?</source>
        <translation>
            <numerusform>Change the attributes of {name} and drop the values that no longer fit from %Ln annotation?</numerusform>
            <numerusform>Change the attributes of {name} and drop the values that no longer fit from %Ln annotations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>The imported schema would orphan %Ln annotation(s). Import it and migrate them (delete them or drop the values that no longer fit)?</source>
        <translation>
            <numerusform>The imported schema would orphan %Ln annotation. Import it and migrate it (delete it or drop the values that no longer fit)?</numerusform>
            <numerusform>The imported schema would orphan %Ln annotations. Import it and migrate them (delete them or drop the values that no longer fit)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message numerus="yes">
        <location filename="../../desktop/insight/statistics.py" line="+219"/>
        <source>Gold set (adjudicated): %Ln annotation(s) ({labels}).</source>
        <translation>
            <numerusform>Gold set (adjudicated): %Ln annotation ({labels}).</numerusform>
            <numerusform>Gold set (adjudicated): %Ln annotations ({labels}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message numerus="yes">
        <location filename="../../desktop/suggest/listview.py" line="+349"/>
        <source>%Ln suggestion(s)</source>
        <translation>
            <numerusform>%Ln suggestion</numerusform>
            <numerusform>%Ln suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message numerus="yes">
        <location filename="../../desktop/insight/team.py" line="+253"/>
        <source>{annotators} · {done} of %Ln assigned article(s) done</source>
        <translation>
            <numerusform>{annotators} · {done} of %Ln assigned article done</numerusform>
            <numerusform>{annotators} · {done} of %Ln assigned articles done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln annotator(s)</source>
        <translation>
            <numerusform>%Ln annotator</numerusform>
            <numerusform>%Ln annotators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>{name}: {done} of %Ln assigned article(s) done</source>
        <translation>
            <numerusform>{name}: {done} of %Ln assigned article done</numerusform>
            <numerusform>{name}: {done} of %Ln assigned articles done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/team/work.py" line="+171"/>
        <source>Assigned %Ln article(s) to {who}.</source>
        <translation>
            <numerusform>Assigned %Ln article to {who}.</numerusform>
            <numerusform>Assigned %Ln articles to {who}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
</context>
</TS>
