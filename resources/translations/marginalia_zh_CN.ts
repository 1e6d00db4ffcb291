<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Adjudication</name>
    <message>
        <location filename="../../desktop/insight/readable.py" line="+29"/>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
</context>
<context>
    <name>AdjudicationView</name>
    <message>
        <location filename="../../desktop/insight/adjudication.py" line="+93"/>
        <source>Adjudication</source>
        <translation>裁定</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+24"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Candidate spans</source>
        <translation>候选片段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport gold…</source>
        <translation>导出金标准(&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the span into the gold set</source>
        <translation>把该片段复制到金标准集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change boundaries, label or attributes, then accept</source>
        <translation>修改边界、标签或属性后接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the span out of the gold set</source>
        <translation>不把该片段放入金标准集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the gold annotator&apos;s annotations</source>
        <translation>导出金标准标注员的标注</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>终点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted, edited</source>
        <translation>已接受（已修改）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>open</source>
        <translation>待定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only {who} marked exactly this span.</source>
        <translation>只有 {who} 标注了完全相同的片段。</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>{open} of %Ln span(s) left to decide · {gold} in gold</source>
        <translation>
            <numerusform>%Ln 个片段中还有 {open} 个待定 · 金标准中 {gold} 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>Exported %Ln gold annotation(s).</source>
        <translation>
            <numerusform>已导出 %Ln 条金标准标注。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Not done: {reason}</source>
        <translation>未完成：{reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept span</source>
        <translation>接受片段</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accept edited span</source>
        <translation>接受修改后的片段</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reject span</source>
        <translation>拒绝片段</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export gold annotations</source>
        <translation>导出金标准标注</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <location filename="../../desktop/insight/agreement.py" line="+50"/>
        <source>F1 exact</source>
        <translation>F1（精确匹配）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 overlap</source>
        <translation>F1（重叠匹配）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohen&apos;s κ</source>
        <translation>Cohen κ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorff α</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unitizing α</source>
        <translation>单元化 α</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undefined: no article was coded by these annotators.</source>
        <translation>无定义：这些标注员没有共同标注的文章。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undefined: nobody marked a span here.</source>
        <translation>无定义：这里没有人标注片段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undefined: no pair with spans to compare.</source>
        <translation>无定义：没有可比较片段的标注员对。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undefined: no variation that chance could explain (everyone agrees on all or none).</source>
        <translation>无定义：没有可由偶然解释的差异（所有人全部一致或全部未标）。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All labels</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <location line="+121"/>
        <source>Annotators</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Figure in the chart</source>
        <translation>图表中的指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compute</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chart shows</source>
        <translation>图表显示</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>gold (the adjudicated set)</source>
        <translation>gold（裁定后的金标准集）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick to measure annotators against the gold set</source>
        <translation>勾选后，以金标准集衡量各标注员</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not compute: {reason}</source>
        <translation>无法计算：{reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{annotators}, {labels}</source>
        <translation>{annotators}，{labels}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln annotator(s)</source>
        <translation>
            <numerusform>%Ln 位标注员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln 个标签</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>articles</source>
        <translation>文章数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spans</source>
        <translation>片段数</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing to compare yet: no annotator has coded an article.

Agreement compares two or more annotators who worked on the same articles: assign the same articles to several annotators from the Team menu.</source>
        <translation>还没有可比较的内容：尚无标注员标注过任何文章。

一致性比较的是标注过同一批文章的两位或更多标注员：请在“团队”菜单中把同一批文章分配给几位标注员。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only {name} is ticked: tick at least two annotators to compare them.</source>
        <translation>只勾选了 {name}：请至少勾选两位标注员才能进行比较。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to compare yet: only {name} has coded articles.

Agreement needs at least two annotators on the same articles: assign some of {name}&apos;s articles to a second annotator from the Team menu.</source>
        <translation>还没有可比较的内容：目前只有 {name} 标注过文章。

一致性需要至少两位标注员标注同一批文章：请在“团队”菜单中把 {name} 的部分文章再分配给另一位标注员。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to compare: {names} have not coded any article in common.

Agreement is measured on articles that at least two of them coded: assign the same articles to several annotators from the Team menu.</source>
        <translation>没有可比较的内容：{names} 没有共同标注过任何文章。

一致性只在至少两人标注过的文章上计算：请在“团队”菜单中把同一批文章分配给几位标注员。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all ({names})</source>
        <translation>全部（{names}）</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../../desktop/panel/editor.py" line="+163"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Label</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked annotations</source>
        <translation>关联的标注</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Delete annotation</source>
        <translation>删除标注(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image</source>
        <translation>图片(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lin&amp;ks</source>
        <translation>关联(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Select an annotation in the text or the list.</source>
        <translation>请在正文或列表中选择一条标注。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>Not saved: this is not a number yet.</source>
        <translation>未保存：这还不是一个数字。</translation>
    </message>
</context>
<context>
    <name>AnnotationImporter</name>
    <message>
        <location filename="../../desktop/interchange/job.py" line="+233"/>
        <source>Import annotations</source>
        <translation>导入标注</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{name}: %Ln annotation(s) imported.</source>
        <translation>
            <numerusform>{name}：已导入 %Ln 条标注。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln were already there.</source>
        <translation>
            <numerusform>其中 %Ln 条已存在。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln moved onto their quote.</source>
        <translation>
            <numerusform>%Ln 条已按引文重新定位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln suggestion(s) to review.</source>
        <translation>
            <numerusform>%Ln 条建议待审阅。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: left out (the rest went in):</source>
        <translation>{name}：以下未导入（其余已导入）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} was not imported (nothing of it was stored):</source>
        <translation>{name} 未导入（其中任何内容均未保存）：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>• {record}: {reason}</source>
        <translation>• {record}：{reason}</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+7"/>
        <source>…and {n} more.</source>
        <translation>……另有 {n} 条。</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../desktop/panel/view.py" line="+375"/>
        <source>Article status</source>
        <translation>文章状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done &amp;&amp; next</source>
        <translation>完成并打开下一篇</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the article done and open the next to do (Ctrl+Enter)</source>
        <translation>将本文标记为完成，并打开下一篇待办文章（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/panel/model.py" line="+373"/>
        <location filename="../../desktop/panel/view.py" line="+9"/>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>expanded</source>
        <translation>已展开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>collapsed</source>
        <translation>已折叠</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{heading}, {state}</source>
        <extracomment>Translators: a label&apos;s heading in the annotation panel, as a screen reader reads it: the heading (&quot;Claim (1) — 3&quot;), then &quot;expanded&quot; or &quot;collapsed&quot;.</extracomment>
        <translation>{heading}，{state}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{label} — {count}</source>
        <extracomment>Translators: a heading of the annotation panel, for a label without a key: its name, then how many of the article&apos;s annotations it has.</extracomment>
        <translation>{label}——{count} 条</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} ({key}) — {count}</source>
        <extracomment>Translators: a heading of the annotation panel: a label&apos;s name, the key that tags a selection with it, then how many of the article&apos;s annotations it has.</extracomment>
        <translation>{label}（{key}）——{count} 条</translation>
    </message>
</context>
<context>
    <name>ArticleImport</name>
    <message>
        <location filename="../../desktop/article_import/feature.py" line="+65"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing {name}</source>
        <translation>正在导入 {name}</translation>
    </message>
</context>
<context>
    <name>ArticleImportFeature</name>
    <message>
        <location line="+53"/>
        <source>Import articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles (%1);;All files (*)</source>
        <translation>文章 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+50"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>An import is already running.</source>
        <translation>已有一个导入任务正在进行。</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <location line="+15"/>
        <source>Imported %Ln article(s).</source>
        <translation>
            <numerusform>已导入 %Ln 篇文章。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{n} already there.</source>
        <translation>{n} 篇已在数据库中。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Already in the database, not imported again ({n}):</source>
        <translation>已在数据库中，未再次导入（{n} 篇）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>• {name} (article {id})</source>
        <translation>• {name}（文章 {id}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import was cancelled; nothing was half-imported.</source>
        <translation>导入已取消，没有留下导入了一半的文章。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} could not be imported:</source>
        <translation>{n} 个文件无法导入：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• {name}: {reason}</source>
        <translation>• {name}：{reason}</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+15"/>
        <source>…and {n} more.</source>
        <translation>……另有 {n} 个。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The list&apos;s filters hid it and were cleared.</source>
        <translation>文章列表的筛选条件隐藏了它，已清除这些条件。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The list&apos;s filters hid %Ln of them and were cleared.</source>
        <translation>
            <numerusform>文章列表的筛选条件隐藏了其中 %Ln 篇，已清除这些条件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleListDock</name>
    <message>
        <location filename="../../desktop/articles/dock.py" line="+89"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label filter</source>
        <translation>标签筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search titles and text</source>
        <translation>搜索标题和正文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search articles</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next to Do</source>
        <translation>下一篇待办(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the next article that is new or in progress</source>
        <translation>打开下一篇未开始或进行中的文章</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next to do</source>
        <translation>下一篇待办</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of articles shown</source>
        <translation>显示的文章数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article list</source>
        <translation>文章列表</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La&amp;bel:</source>
        <translation>标签(&amp;B)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search titles and text (Ctrl+Shift+F)</source>
        <translation>搜索标题和正文（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search articles</source>
        <translation>搜索文章(&amp;S)</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Nothing left to do</source>
        <translation>没有待办的文章了</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do (new or in progress)</source>
        <translation>待办（未开始或进行中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to me, not done</source>
        <translation>分配给我、未完成</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any label</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With %1</source>
        <translation>含“%1”标注</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../desktop/articles/model.py" line="+345"/>
        <location line="+10"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Characters: %1</source>
        <translation>字符数：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images: %1</source>
        <translation>图片数：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number of %1 annotations</source>
        <translation>“%1”标注的数量</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <location filename="../../desktop/session.py" line="+225"/>
        <source>Select some text first, then press the label&apos;s key.</source>
        <translation>请先选中一段文字，再按标签对应的按键。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add {label}</source>
        <translation>添加“{label}”</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select an annotation first (click it), then move its ends.</source>
        <translation>请先点击选中一个标注，再移动它的两端。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That end cannot move further.</source>
        <translation>这一端不能再移动了。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Adjust {label}</source>
        <translation>调整{label}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select an annotation to copy its quote (click it).</source>
        <translation>请先点击选中一个标注，再复制其原文。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the quote.</source>
        <translation>已复制原文。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select an annotation to delete (click it).</source>
        <translation>请先点击选中要删除的标注。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete annotation</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>links</source>
        <translation>关联</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Edit {what}</source>
        <translation>编辑{what}</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+15"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark {status}</source>
        <translation>标记为{status}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every article is done.</source>
        <translation>所有文章都已完成。</translation>
    </message>
</context>
<context>
    <name>ArticleStatus</name>
    <message>
        <location filename="../../desktop/i18n.py" line="+147"/>
        <source>New</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message>
        <location filename="../../desktop/insight/article_text.py" line="+22"/>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
</context>
<context>
    <name>Attribute</name>
    <message>
        <location filename="../../desktop/i18n.py" line="+10"/>
        <source>checkworthy</source>
        <translation>值得核查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>AttributeKind</name>
    <message>
        <location line="+25"/>
        <source>choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boolean</source>
        <translation>是/否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../desktop/insight/chart.py" line="+90"/>
        <source>{group}: {values}</source>
        <extracomment>Translators: one line of a chart&apos;s summary (for screen readers, tooltips): a group (a label, a day), then each series&apos; name and value.</extracomment>
        <translation>{group}：{values}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nothing to show yet.</source>
        <translation>暂无可显示的内容。</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <location filename="../../desktop/i18n.py" line="-24"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statistical</source>
        <translation>统计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>causal</source>
        <translation>因果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quotation</source>
        <translation>引语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measure</source>
        <translation>度量</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop/team/conflicts_view.py" line="+73"/>
        <source>Merge conflicts</source>
        <translation>合并冲突</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ours (this database)</source>
        <translation>我方（本数据库）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs (the merged database)</source>
        <translation>对方（被合并的数据库）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edited version</source>
        <translation>编辑后的版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;ours</source>
        <translation>保留我方(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;theirs</source>
        <translation>采用对方(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;edited</source>
        <translation>保留编辑版本(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%Ln conflict(s) to settle.</source>
        <translation>
            <numerusform>有 %Ln 个冲突待处理。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts are open.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/insight/edit_candidate.py" line="+71"/>
        <source>Accept with changes</source>
        <translation>修改后接受</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>终点</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Label</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>起点(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End</source>
        <translation>终点(&amp;E)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The end must come after the start.</source>
        <translation>终点必须在起点之后。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/interchange/dialog.py" line="+97"/>
        <source>W3C Web Annotation</source>
        <translation>W3C 网络标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doccano (JSON Lines)</source>
        <translation>doccano(JSON Lines)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label Studio tasks</source>
        <translation>Label Studio 任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brat standoff</source>
        <translation>brat 独立标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (one row per annotation)</source>
        <translation>CSV（每条标注一行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoNLL (token and BIO tag)</source>
        <translation>CoNLL（词元与 BIO 标签）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spaCy DocBin (for spacy train)</source>
        <translation>spaCy DocBin（用于 spacy train）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INCEpTION / UIMA CAS XMI</source>
        <translation>INCEpTION / UIMA CAS XMI</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Export annotations</source>
        <translation>导出标注</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>UTF-16 code units (doccano&apos;s default)</source>
        <translation>UTF-16 码元（doccano 默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grapheme clusters (doccano&apos;s grapheme option)</source>
        <translation>字素簇（doccano 的字素选项）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unicode code points</source>
        <translation>Unicode 码位</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose where to write the export</source>
        <translation>选择导出的保存位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Include the article &amp;texts</source>
        <translation>包含文章正文(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gold (the adjudicated set)</source>
        <translation>gold（裁定后的金标准集）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;All articles</source>
        <translation>全部文章(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Current article only</source>
        <translation>仅当前文章(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles &amp;shown in the list</source>
        <translation>列表中显示的文章(&amp;S)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Only annotations chan&amp;ged from</source>
        <translation>仅限修改日期从(&amp;G)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>IOB2 (what spacy convert -c ner reads)</source>
        <translation>IOB2（spacy convert -c ner 读取的格式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIOES</source>
        <translation>BIOES</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag columns per label, for overlapping spans of one label</source>
        <translation>每个标签的标记列数，用于同一标签的重叠片段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write my suggestions as &amp;predictions, for review in Label Studio</source>
        <translation>同时将我的建议写为预测(&amp;P)，供在 Label Studio 中审阅</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody has annotated yet.</source>
        <translation>还没有人标注过。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The schema has no labels.</source>
        <translation>标签方案中没有标签。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changed from</source>
        <translation>修改日期起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed until</source>
        <translation>修改日期止</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layout:</source>
        <translation>布局(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offsets count:</source>
        <translation>偏移计数方式(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag sc&amp;heme:</source>
        <translation>标记方案(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag colu&amp;mns per label:</source>
        <translation>每个标签的标记列数(&amp;M)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Destination:</source>
        <translation>目标(&amp;D)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which annotations</source>
        <translation>导出哪些标注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing ticked means all.</source>
        <translation>不勾选即表示全部。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotators:</source>
        <translation>标注员：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Article status:</source>
        <translation>文章状态：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Articles:</source>
        <translation>文章：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>One annotation per line</source>
        <translation>每行一条标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One annotation collection</source>
        <translation>单个标注集合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entities and relations</source>
        <translation>实体与关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simple label triples</source>
        <translation>简单标签三元组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One tag column (spaCy, flair)</source>
        <translation>单个标签列（spaCy、flair）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tag column per label</source>
        <translation>每个标签一列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(only one)</source>
        <translation>（仅此一种）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Zip archive (*.zip);;Folder (*)</source>
        <translation>Zip 压缩包 (*.zip);;文件夹 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (*{suffix})</source>
        <translation>{name} (*{suffix})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{annotations} in {articles} will be exported.</source>
        <translation>将导出 {articles}中的 {annotations}。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln 条标注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFeature</name>
    <message>
        <location filename="../../desktop/interchange/__init__.py" line="+46"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import &amp;annotations…</source>
        <translation>导入标注(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../desktop/interchange/job.py" line="-210"/>
        <location line="+57"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting article {done} of {total}…</source>
        <translation>正在导出第 {done} 篇文章，共 {total} 篇…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Exported {annotations} from {articles}.</source>
        <translation>已从 {articles}导出 {annotations}。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln 条标注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wrote %Ln suggestion(s) as predictions to review in Label Studio.</source>
        <translation>
            <numerusform>已将 %Ln 条建议写为预测，供在 Label Studio 中审阅。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files written:</source>
        <translation>已写入的文件：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By label:</source>
        <translation>按标签：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What this format could not hold:</source>
        <translation>此格式无法容纳的内容：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>• {what}: {count}</source>
        <translation>• {what}：{count}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="+18"/>
        <location line="+1"/>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配（Shift+Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (Enter)</source>
        <translation>下一个匹配（Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Escape)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/prefs/first_run.py" line="+27"/>
        <source>Welcome to Marginalia</source>
        <translation>欢迎使用 Marginalia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name is saved with every annotation you make, so that a team lead can tell whose work is whose. You can change it later in Preferences.</source>
        <translation>你的名字会随你做的每条标注一起保存，方便负责人区分每个人的工作。之后可以在“首选项”中修改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annotator name</source>
        <translation>标注员姓名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your &amp;name:</source>
        <translation>你的名字(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../desktop/help/guide.py" line="+117"/>
        <source>{key} — {label}</source>
        <extracomment>Translators: an item of the guide&apos;s list of labels: the key that tags a selection (bold), then the label&apos;s name.</extracomment>
        <translation>{key}：{label}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Annotator&apos;s guide</source>
        <translation>标注员指南(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead&apos;s guide</source>
        <translation>组长指南(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Annotator&apos;s guide</source>
        <translation>标注员指南</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead&apos;s guide</source>
        <translation>组长指南</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop/help/__init__.py" line="+43"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;nnotator&apos;s guide</source>
        <translation>标注员指南(&amp;N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lead&apos;s guide</source>
        <translation>组长指南(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ImportAnnotationsDialog</name>
    <message>
        <location filename="../../desktop/interchange/importdialog.py" line="+35"/>
        <location line="+96"/>
        <source>Import annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>W3C Web Annotation</source>
        <translation>W3C 网络标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doccano (JSON Lines)</source>
        <translation>doccano(JSON Lines)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label Studio tasks (annotations and predictions)</source>
        <translation>Label Studio 任务（标注与预测）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brat standoff (folder, zip or .ann)</source>
        <translation>brat standoff（文件夹、zip 或 .ann）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INCEpTION / UIMA CAS XMI (folder, zip or .xmi)</source>
        <translation>INCEpTION / UIMA CAS XMI（文件夹、zip 或 .xmi）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One or more files, separated by ;</source>
        <translation>一个或多个文件，以 ; 分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UTF-16 code units (doccano&apos;s default)</source>
        <translation>UTF-16 码元（doccano 默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grapheme clusters (doccano&apos;s grapheme option)</source>
        <translation>字素簇（doccano 的字素选项）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unicode code points</source>
        <translation>Unicode 码位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All or &amp;nothing: refuse a file with any bad record</source>
        <translation>全部或全不(&amp;N)：文件中有任何错误记录即整体拒绝</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fi&amp;les:</source>
        <translation>文件(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Offsets count:</source>
        <translation>偏移计数方式(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Annotator if the file names none:</source>
        <translation>文件未注明标注员时使用(&amp;A)：</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not found: {paths}. Check the names, or choose the files with Browse.</source>
        <translation>找不到：{paths}。请检查文件名，或用“浏览”选择文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Annotation files (*.jsonl *.json *.ann *.xmi *.zip);;All files (*)</source>
        <translation>标注文件 (*.jsonl *.json *.ann *.xmi *.zip);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportArticlesDialog</name>
    <message>
        <location filename="../../desktop/article_import/dialog.py" line="+78"/>
        <location line="+118"/>
        <source>Import articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Files and folders to import</source>
        <translation>要导入的文件和文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect for each file (recommended)</source>
        <translation>逐个文件自动检测（推荐）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text files are decoded with this encoding instead of the one detected. GB2312 and GBK are read as GB18030, which contains them.</source>
        <translation>文本文件将按此编码解码，而不使用检测到的编码。GB2312 和 GBK 按包含它们的 GB18030 读取。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove &amp;pinyin readings after Chinese characters, e.g. 當(dāng) → 當</source>
        <translation>删除汉字后的拼音注音(&amp;P)，例如 當(dāng) → 當</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In folders and zip archives, licences, read-me and Markdown files are skipped; add such a file on its own to import it.</source>
        <translation>文件夹和 zip 压缩包中的许可证、自述文件和 Markdown 文件会被跳过；如需导入，请单独添加该文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Articles (%1);;All files (*)</source>
        <translation>文章 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not an encoding Marginalia knows.</source>
        <translation>Marginalia 不认识编码“%1”。</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <location filename="../../desktop/insight/__init__.py" line="+103"/>
        <source>Team &amp;progress…</source>
        <translation>团队进度(&amp;P)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who is where: each annotator&apos;s done of assigned articles</source>
        <translation>谁在做什么：每位标注员已完成的分配文章</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;greement…</source>
        <translation>一致性(&amp;G)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;djudicate article…</source>
        <translation>裁定文章(&amp;D)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Statistics…</source>
        <translation>统计(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <location filename="../../desktop/instance.py" line="+117"/>
        <source>This database is already open in another Marginalia window.</source>
        <translation>这个数据库已在另一个 Marginalia 窗口中打开。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}

Everything done there is saved as it is done. Go to that window to go on working, or open a second one: two windows on one database both work, and each shows the other&apos;s changes within a few seconds.</source>
        <translation>{path}

在那里所做的一切都会随时保存。转到那个窗口继续工作，或者再打开一个：同一数据库上的两个窗口都能正常使用，并会在几秒钟内显示对方的修改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Go to the open window</source>
        <translation>转到已打开的窗口(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a &amp;second window</source>
        <translation>再打开一个窗口(&amp;S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The other Marginalia did not answer (process {pid}). If it is stuck, end it; this one opens the database now.</source>
        <translation>另一个 Marginalia 没有响应（进程 {pid}）。如果它已卡住，请结束它；现在由这个窗口打开数据库。</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../desktop/jobs.py" line="+144"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <location filename="../../desktop/i18n.py" line="-73"/>
        <source>Claim</source>
        <translation>主张</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{label} ({key})</source>
        <extracomment>Translators: a label&apos;s name and the key that tags a selection with it, as label boxes list them (the panel&apos;s editor, the export dialog, the reader&apos;s tooltip).</extracomment>
        <translation>{label}（{key}）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: {text}</source>
        <extracomment>Translators: a label&apos;s or an attribute&apos;s name, then what is marked with it: an annotation&apos;s quote (the panel&apos;s rows, the editor&apos;s links), an attribute&apos;s value.</extracomment>
        <translation>{name}：{text}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <location line="-7"/>
        <source>, </source>
        <extracomment>Translators: what stands between the items of a list: annotators&apos; names, the fields an edit changed, an attribute&apos;s values, counts per label, proposed values.</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/mainwindow.py" line="+55"/>
        <location line="+19"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate.py" line="+142"/>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="+260"/>
        <location line="+28"/>
        <location line="+15"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Save state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting for another program to finish writing ({seconds} s)…</source>
        <translation>正在等待另一个程序完成写入（{seconds} 秒）…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annotator: {name}</source>
        <translation>标注员：{name}</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+1"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No articles yet: drop files here or use File → Import.</source>
        <translation>还没有文章：把文件拖到这里，或使用“文件 → 导入”。</translation>
    </message>
    <message>
        <location filename="../../desktop/article_import/feature.py" line="-144"/>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="-214"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate.py" line="+21"/>
        <source>&amp;Find in article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/prefs/feature.py" line="+26"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate.py" line="+32"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Tag the selection as {name} (key {key})</source>
        <translation>将所选内容标注为“{name}”（按键 {key}）</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Move &amp;start left</source>
        <translation>起点左移(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move start &amp;right</source>
        <translation>起点右移(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move &amp;end left</source>
        <translation>终点左移(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move end ri&amp;ght</source>
        <translation>终点右移(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moves by a word, a whole figure or a Chinese character; drag the ends with the mouse (hold Ctrl for single characters)</source>
        <translation>每次移动一个词、一个完整的数字或一个汉字；也可用鼠标拖动两端（按住 Ctrl 可逐字符移动）</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>&amp;Delete annotation</source>
        <translation>删除标注(&amp;D)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy &amp;quote</source>
        <translation>复制原文(&amp;Q)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the selected annotation&apos;s text</source>
        <translation>复制所选标注的原文</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reset &amp;zoom</source>
        <translation>重置缩放(&amp;Z)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark &amp;done and open next</source>
        <translation>标记为完成并打开下一篇(&amp;D)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Tag as</source>
        <translation>标注为(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Adjust</source>
        <translation>调整(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/help/__init__.py" line="+8"/>
        <source>&amp;About Marginalia</source>
        <translation>关于 Marginalia(&amp;A)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>About Marginalia</source>
        <translation>关于 Marginalia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marginalia {version}
Annotate claims, figures and image captions in news articles.</source>
        <translation>Marginalia {version}
在新闻文章中标注观点、数字和图片说明。</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="+58"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Annotate</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../desktop/team/__init__.py" line="+33"/>
        <source>Label &amp;schema…</source>
        <translation>标签方案(&amp;S)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Merge databases…</source>
        <translation>合并数据库(&amp;M)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge &amp;conflicts…</source>
        <translation>合并冲突(&amp;C)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Assign articles and work packages…</source>
        <translation>分配文章与工作包(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <location filename="../../desktop/team/merging.py" line="+43"/>
        <location line="+62"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merging {name}</source>
        <translation>正在合并 {name}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Merge databases into this one</source>
        <translation>将数据库合并到本数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marginalia databases (*.marginalia *.sqlite *.db);;All files (*)</source>
        <translation>Marginalia 数据库 (*.marginalia *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The merge was cancelled; nothing was changed.</source>
        <translation>合并已取消，数据库没有任何改动。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Merged %Ln database(s).</source>
        <translation>
            <numerusform>已合并 %Ln 个数据库。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>• {name}: {articles}; annotations: {added} new, {updated} updated, {unchanged} unchanged; {conflicts}</source>
        <translation>• {name}：{articles}；标注：新增 {added} 条、更新 {updated} 条、未变 {unchanged} 条；{conflicts}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>新文章 %Ln 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>冲突 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln conflict(s) need your decision; they are listed next.</source>
        <translation>
            <numerusform>有 %Ln 个冲突需要您决定，接下来将列出。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>• {name}: not merged — {reason}</source>
        <translation>• {name}：未合并——{reason}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/prefs/dialog.py" line="+49"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Annotator name</source>
        <translation>标注员姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name error</source>
        <translation>姓名错误</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reader font size</source>
        <translation>阅读区字号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new language is used after Marginalia restarts.</source>
        <translation>更改语言后，需要重新启动 Marginalia 才会生效。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database backups to keep</source>
        <translation>保留的数据库备份数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Suggestions</source>
        <translation>建议(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show suggestions</source>
        <translation>显示建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest spans to tag; you accept or reject each</source>
        <translation>自动建议可标注的片段，由你逐条接受或拒绝</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Suggest %1</source>
        <translation>建议“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggestions are on for every label.</source>
        <translation>所有标签都已开启建议。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your &amp;name:</source>
        <translation>你的名字(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reader &amp;font size:</source>
        <translation>阅读区字号(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups to keep:</source>
        <translation>保留备份数(&amp;B)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Please enter a name: it is saved with your work.</source>
        <translation>请输入名字：它会随你的工作一起保存。</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&amp;Hide suggestions less confident than:</source>
        <translation>隐藏置信度低于此值的建议(&amp;H)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion confidence threshold</source>
        <translation>建议置信度阈值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each suggestion has a confidence: for claims, roughly the share of such sentences that annotators marked. Lower shows more, higher shows fewer but surer ones.</source>
        <translation>每条建议都有一个置信度：对主张而言，大致是这类句子被标注员标出的比例。调低会显示更多建议，调高只显示更少但更可靠的建议。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Suggest &amp;dates and times as figures (the “date” kind)</source>
        <translation>将日期和时间作为数字建议（“日期”类型）(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop/i18n.py" line="-28"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-3"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/reader/view.py" line="+94"/>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/document.py" line="+91"/>
        <source>{name}
(image not available)</source>
        <extracomment>Translators: drawn in place of an image the article names but does not have: the image&apos;s file name, then this note on a line of its own.</extracomment>
        <translation>{name}
（图片不可用）</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <location filename="../../desktop/team/schema_editor.py" line="+74"/>
        <location line="+414"/>
        <source>Label schema</source>
        <translation>标签方案</translation>
    </message>
    <message>
        <location line="-399"/>
        <source>Your IT department locked the label schema in the machine configuration; you can look at it but not change it.</source>
        <translation>您的 IT 部门已在本机配置中锁定标签方案；您可以查看，但不能修改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add label</source>
        <translation>添加标签(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete label</source>
        <translation>删除标签(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stored name, used in exports</source>
        <translation>存储名称，导出时使用</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices (comma-separated)</source>
        <translation>选项（用逗号分隔）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add attri&amp;bute</source>
        <translation>添加属性(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove attribute</source>
        <translation>移除属性(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;pply attributes</source>
        <translation>应用属性(&amp;P)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Key</source>
        <translation>按键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>attribute {n}</source>
        <translation>属性 {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name of {attribute}</source>
        <translation>{attribute} 的名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of {attribute}</source>
        <translation>{attribute} 的类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices of {attribute}</source>
        <translation>{attribute} 的选项</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove attribute {attribute}</source>
        <translation>移除属性 {attribute}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove attribute {n}</source>
        <translation>移除属性 {n}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Shown as {shown} in this window; stored and exported as {name}.</source>
        <translation>本窗口中显示为“{shown}”；存储和导出时为“{name}”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored name, the same in every language and in exports.</source>
        <translation>存储名称，在各种语言和导出中都相同。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Label colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>New label {n}</source>
        <translation>新标签 {n}</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Delete the label {name} and its %Ln annotation(s)?</source>
        <translation>
            <numerusform>删除标签 {name} 及其 %Ln 条标注吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Change the attributes of {name} and drop the values that no longer fit from %Ln annotation(s)?</source>
        <translation>
            <numerusform>修改 {name} 的属性，并从 %Ln 条标注中删除不再适用的值吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>The imported schema would orphan %Ln annotation(s). Import it and migrate them (delete them or drop the values that no longer fit)?</source>
        <translation>
            <numerusform>导入的方案会使 %Ln 条标注失去归属。要导入并迁移这些标注（删除它们或删除不再适用的值）吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Migrate annotations</source>
        <translation>迁移标注</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This change was not made:</source>
        <translation>未做此修改：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the label schema</source>
        <translation>导出标签方案</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a label schema</source>
        <translation>导入标签方案</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../desktop/help/guide.py" line="-67"/>
        <location filename="../../desktop/help/sheet.py" line="+178"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/help/sheet.py" line="+0"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../desktop/help/sheet.py" line="-70"/>
        <source>Anywhere in the window</source>
        <translation>窗口中任意位置</translation>
    </message>
    <message>
        <location line="+44"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Type to find an action or a key</source>
        <translation>输入以查找操作或按键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a shortcut</source>
        <translation>查找快捷键</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keys in italics work where the text has the focus (the reader). Selecting text: Shift with the arrow keys; whole words: Ctrl+Shift with them.</source>
        <translation>斜体的按键在正文（阅读区）获得焦点时有效。选择文字：按住 Shift 再按方向键；按整词选择：按住 Ctrl+Shift 再按方向键。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Annotator&apos;s guide</source>
        <translation>标注员指南(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead&apos;s guide</source>
        <translation>组长指南(&amp;L)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Works where the text has the focus</source>
        <translation>在正文获得焦点时有效</translation>
    </message>
</context>
<context>
    <name>SpokenNames</name>
    <message>
        <location filename="../../desktop/accessible.py" line="+240"/>
        <source>More toolbar buttons</source>
        <translation>更多工具栏按钮</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the field</source>
        <translation>清除内容</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../desktop/insight/statistics.py" line="+53"/>
        <source>Annotations made that day that still existed at its end: a tag or an accept undone the same day is not counted</source>
        <translation>当天创建且到当天结束时仍然存在的标注：当天即被撤销的标注或接受不计入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annotations last changed that day, made on an earlier day</source>
        <translation>当天最后修改、且创建于更早日期的标注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotations deleted that day that were made on an earlier day</source>
        <translation>当天删除、且创建于更早日期的标注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Articles the annotator marked done that day</source>
        <translation>标注员当天标记为完成的文章</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annotations created</source>
        <translation>新建的标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations edited</source>
        <translation>编辑的标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations deleted</source>
        <translation>删除的标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles marked done</source>
        <translation>标为完成的文章</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All labels</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for</source>
        <translation>范围</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Totals per annotator</source>
        <translation>每位标注员的合计</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done of assigned</source>
        <translation>已分配中已完成</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{done} / {assigned}</source>
        <translation>{done} / {assigned}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gold set (adjudicated): empty.</source>
        <translation>金标准集（裁定结果）：空。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Gold set (adjudicated): %Ln annotation(s) ({labels}).</source>
        <translation>
            <numerusform>金标准集（裁定结果）：%Ln 条标注（{labels}）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <location filename="../../desktop/suggest/listview.py" line="+163"/>
        <source>Suggest:</source>
        <translation>建议：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggest {name} spans</source>
        <translation>建议{name}片段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept all {name}</source>
        <translation>全部接受{name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept all</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conf.</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter accepts</source>
        <translation>Enter 接受</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backspace rejects</source>
        <translation>Backspace 拒绝</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab next</source>
        <translation>Tab 下一条</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Confidence: how sure the detector is that you would accept this</source>
        <translation>置信度：检测器认为您会接受这条建议的把握</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln suggestion(s)</source>
        <translation>
            <numerusform>%Ln 条建议</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {n} below your threshold</source>
        <translation> · {n} 条低于您的阈值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferences › Suggestions sets the confidence below which they are hidden</source>
        <translation>在“首选项 › 建议”中设置隐藏建议的置信度阈值</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <location filename="../../desktop/suggest/controller.py" line="+102"/>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Review suggestions in the reader</source>
        <translation>在阅读区审阅建议(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter, Backspace and Tab in the reader accept, reject and move to the next</source>
        <translation>在阅读区中按 Enter 接受、Backspace 拒绝、Tab 移到下一条</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>Accept {label}</source>
        <translation>接受{label}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept all {label} ({n})</source>
        <translation>全部接受{label}（{n} 条）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reject {label}</source>
        <translation>拒绝{label}</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../../desktop/insight/team.py" line="+77"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Team progress</source>
        <translation>团队进度</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Annotators</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done of assigned</source>
        <translation>已分配中已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last active</source>
        <translation>最后活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last worked on</source>
        <translation>最后所在文章</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Articles they worked on without being assigned them</source>
        <translation>未分配给该标注员、但其做过的文章</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The annotator&apos;s articles</source>
        <translation>该标注员的文章</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter or double-click opens the article</source>
        <translation>按回车或双击打开文章</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Nobody has been assigned an article or started one yet. Assign articles from the Team menu; each annotator&apos;s progress then shows here.</source>
        <translation>还没有人被分配文章，也没有人开始工作。请在“团队”菜单中分配文章，之后每位标注员的进度会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{annotators} · {done} of %Ln assigned article(s) done</source>
        <translation>
            <numerusform>{annotators} · 已分配的 %Ln 篇文章中已完成 {done} 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln annotator(s)</source>
        <translation>
            <numerusform>%Ln 位标注员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>{name}: {done} of %Ln assigned article(s) done</source>
        <translation>
            <numerusform>{name}：已分配的 %Ln 篇文章中已完成 {done} 篇</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{done} / {assigned}</source>
        <translation>{done} / {assigned}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing assigned</source>
        <translation>未分配任何文章</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Articles of {name}</source>
        <translation>{name} 的文章</translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <location filename="../../desktop/team/work.py" line="+75"/>
        <source>Assign articles and make work packages</source>
        <translation>分配文章并制作工作包</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several names, separated by commas, for agreement</source>
        <translation>多个姓名用逗号分隔，用于一致性评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;ssign</source>
        <translation>分配(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make work &amp;package…</source>
        <translation>制作工作包(&amp;P)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annota&amp;tor(s)</source>
        <translation>标注员(&amp;T)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Tick some articles and name an annotator first.</source>
        <translation>请先勾选文章并填写标注员。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Assigned %Ln article(s) to {who}.</source>
        <translation>
            <numerusform>已将 %Ln 篇文章分配给 {who}。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{annotator} has no assigned articles: tick the articles for the package in the list.</source>
        <translation>{annotator} 没有被分配的文章：请在列表中勾选要放入工作包的文章。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrote {path}: {articles}, {images} and {annotations} for {who}.</source>
        <translation>已写入 {path}：为 {who} 准备了 {articles}、{images}和 {annotations}。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln 条标注</numerusform>
        </translation>
    </message>
    <message>
        <location line="-52"/>
        <source>A work package is for one annotator: name one.</source>
        <translation>一个工作包只对应一名标注员：请填写一个姓名。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write the work package</source>
        <translation>写入工作包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work packages (*.marginalia)</source>
        <translation>工作包 (*.marginalia)</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+141"/>
        <source>Writing the work package…</source>
        <translation>正在写入工作包…</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+163"/>
        <location line="+16"/>
        <source>Work package</source>
        <translation>工作包</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <location filename="../../desktop/db_messages.py" line="+55"/>
        <source>Nothing to compare: no annotator has coded an article yet.</source>
        <translation>没有可比较的内容：还没有标注员标注过文章。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to compare: only {name} has coded articles; agreement needs at least two annotators on the same articles.</source>
        <translation>没有可比较的内容：只有 {name} 标注过文章；一致性需要至少两位标注员标注同一批文章。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to compare: {names} have not coded any article in common (assign the same articles to at least two of them).</source>
        <translation>没有可比较的内容：{names} 没有共同标注过任何文章（请把同一批文章分配给其中至少两人）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the field &quot;{field}&quot; must be a string</source>
        <translation>字段“{field}”必须是字符串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML in batches cannot be imported by this version</source>
        <translation>此版本无法导入批量文件中的 HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field &quot;{field}&quot; is missing or not a string</source>
        <translation>字段“{field}”缺失或不是字符串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field &quot;{field}&quot; must be a list</source>
        <translation>字段“{field}”必须是列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field &quot;{field}&quot; is empty</source>
        <translation>字段“{field}”为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>images[{index}] must be an object</source>
        <translation>images[{index}] 必须是对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>images[{index}].caption must be a string</source>
        <translation>images[{index}].caption 必须是字符串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>images[{index}].data is not valid base64</source>
        <translation>images[{index}].data 不是有效的 base64</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>images[{index}].offset is not a position in the text</source>
        <translation>images[{index}].offset 不是正文中的位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown encoding {name}</source>
        <translation>未知编码 {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is binary ({kind}), not text</source>
        <translation>文件是二进制文件（{kind}），不是文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is binary, not text</source>
        <translation>文件是二进制文件，不是文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not valid {encoding}: byte {byte} cannot be read in that encoding</source>
        <translation>文件不是有效的 {encoding}：第 {byte} 字节无法按该编码读取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file starts with a BOM for {encoding} but its length is not a multiple of {unit} bytes, so it is truncated</source>
        <translation>文件以 {encoding} 的 BOM 开头，但长度不是 {unit} 字节的整数倍，因此已被截断</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file looks like BOM-less {encoding} but its length is not a multiple of {unit} bytes, so it is truncated</source>
        <translation>文件看似无 BOM 的 {encoding}，但长度不是 {unit} 字节的整数倍，因此已被截断</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file starts with a BOM for {encoding} but is damaged at byte {byte}</source>
        <translation>文件以 {encoding} 的 BOM 开头，但在第 {byte} 字节处已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file looks like BOM-less {encoding} but is damaged at byte {byte}</source>
        <translation>文件看似无 BOM 的 {encoding}，但在第 {byte} 字节处已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text encoding could not be recognised</source>
        <translation>无法识别文本编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file looks like EUC-TW (Traditional Chinese), which Marginalia cannot decode; convert it to UTF-8 first (for example with iconv -f EUC-TW -t UTF-8)</source>
        <translation>文件看似 EUC-TW（繁体中文），Marginalia 无法解码；请先将其转换为 UTF-8（例如用 iconv -f EUC-TW -t UTF-8）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the page is larger than {size} MB and is not imported</source>
        <translation>网页大于 {size} MB，未导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the page is nested too deeply to be read</source>
        <translation>网页嵌套过深，无法读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no article text was found in the page</source>
        <translation>网页中未找到文章正文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the page starts as {encoding} but is damaged</source>
        <translation>网页以 {encoding} 开头，但已损坏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is not an HTML page</source>
        <translation>文件不是 HTML 网页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the page&apos;s markup is nested more than {depth} levels deep; it is not imported</source>
        <translation>网页的标记嵌套超过 {depth} 层，未导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image file is empty</source>
        <translation>图片文件为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image is larger than {size} MB</source>
        <translation>图片大于 {size} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image is too large to show ({width}×{height} pixels)</source>
        <translation>图片太大，无法显示（{width}×{height} 像素）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image is too large to show (decompression bomb limit)</source>
        <translation>图片太大，无法显示（超出解压炸弹限制）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not an image Marginalia can show</source>
        <translation>文件不是 Marginalia 能显示的图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image is damaged or truncated ({detail})</source>
        <translation>图片已损坏或不完整（{detail}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved web pages cannot be imported by this version</source>
        <translation>此版本无法导入保存的网页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image {name}: {reason}</source>
        <translation>图片 {name}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stored} of {total} article was stored; {advice} — the same import again skips what was stored</source>
        <translation>{total} 篇文章中已保存 {stored} 篇；{advice}——再次执行同一导入会跳过已保存的文章</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{stored} of {total} articles were stored; {advice} — the same import again skips what was stored</source>
        <translation>{total} 篇文章中已保存 {stored} 篇；{advice}——再次执行同一导入会跳过已保存的文章</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>was not stored ({reason})</source>
        <translation>未保存（{reason}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is nested too deeply to be read</source>
        <translation>嵌套过深，无法读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large to be read in the memory available</source>
        <translation>太大，可用内存不足以读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be read because of an error in Marginalia ({error}); the details are in the log</source>
        <translation>因 Marginalia 内部错误（{error}）无法读取；详细信息已写入日志</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database refused it ({detail})</source>
        <translation>数据库拒绝了它（{detail}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a BMP image</source>
        <translation>BMP 图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a TIFF image</source>
        <translation>TIFF 图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an old Microsoft Office document</source>
        <translation>旧版 Microsoft Office 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an RTF document</source>
        <translation>RTF 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bzip2 archive</source>
        <translation>bzip2 压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an XZ archive</source>
        <translation>XZ 压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an SQLite database</source>
        <translation>SQLite 数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a web font</source>
        <translation>网页字体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Ogg media file</source>
        <translation>Ogg 媒体文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an MP3 audio file</source>
        <translation>MP3 音频文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a FLAC audio file</source>
        <translation>FLAC 音频文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PowerPoint presentation</source>
        <translation>PowerPoint 演示文稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an OpenDocument file</source>
        <translation>OpenDocument 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an EPUB book</source>
        <translation>EPUB 电子书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a zip archive</source>
        <translation>zip 压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a WebP image</source>
        <translation>WebP 图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a WAV audio file</source>
        <translation>WAV 音频文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a video or HEIC image</source>
        <translation>视频或 HEIC 图片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the image {name} {problem}</source>
        <translation>图片 {name} {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image {name} cannot be read ({detail})</source>
        <translation>图片 {name} 无法读取（{detail}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its images together are larger than {limit}</source>
        <translation>其图片合计大于 {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image {name} is {size} MB; images larger than {limit} are not imported</source>
        <translation>图片 {name} 为 {size} MB；大于 {limit} 的图片不会导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is an image, not an article</source>
        <translation>是图片，不是文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder {reason}</source>
        <translation>文件夹{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read (permission denied)</source>
        <translation>无法读取（权限不足）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read ({detail})</source>
        <translation>无法读取（{detail}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is {size} MB; articles larger than {limit} are not imported</source>
        <translation>大小为 {size} MB；大于 {limit} 的文章不会导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpacks to more than {limit}</source>
        <translation>解压后超过 {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is encrypted; Marginalia cannot read password-protected archives</source>
        <translation>已加密；Marginalia 无法读取受密码保护的压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be unpacked ({detail})</source>
        <translation>无法解压（{detail}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a valid zip archive</source>
        <translation>不是有效的 zip 压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points outside the archive; the archive was not imported</source>
        <translation>指向压缩包之外；整个压缩包未导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archives inside archives are not imported</source>
        <translation>压缩包内的压缩包不会导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rest of the file {problem}</source>
        <translation>文件其余部分{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting value</source>
        <translation>此处应有一个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>此处应有用双引号括起的属性名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>此处应有分隔符“:”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>此处应有分隔符“,”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unterminated string starting</source>
        <translation>字符串从此处开始但没有结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid control character</source>
        <translation>无效的控制字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid \escape</source>
        <translation>无效的转义序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid \uXXXX escape</source>
        <translation>无效的 \uXXXX 转义序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra data</source>
        <translation>多余的数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illegal trailing comma before end of array</source>
        <translation>数组结尾前有多余的逗号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illegal trailing comma before end of object</source>
        <translation>对象结尾前有多余的逗号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not UTF-8 (JSON Lines must be UTF-8)</source>
        <translation>不是 UTF-8（JSON Lines 必须是 UTF-8）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not valid JSON ({problem} at column {column})</source>
        <translation>不是有效的 JSON（第 {column} 列：{problem}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is nested more than {depth} levels deep</source>
        <translation>嵌套超过 {depth} 层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file holds no text</source>
        <translation>文件中没有文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup was not written</source>
        <translation>备份未写入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{advice}; the database itself is unchanged</source>
        <translation>{advice}；数据库本身没有改变</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the annotation was changed or deleted elsewhere since it was added; this step was not done</source>
        <translation>添加该标注之后，它已在别处被更改或删除；此步骤未执行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the annotation was changed or deleted elsewhere since it was restored; this step was not done</source>
        <translation>恢复该标注之后，它已在别处被更改或删除；此步骤未执行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the annotation was changed elsewhere since this edit; it was not undone</source>
        <translation>这次编辑之后，该标注已在别处被更改；未撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the annotation was moved or deleted elsewhere since; this step was not applied</source>
        <translation>此后该标注已在别处被移动或删除；此步骤未执行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the annotation was moved or deleted elsewhere since; this step was not undone</source>
        <translation>此后该标注已在别处被移动或删除；此步骤未撤销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add annotation</source>
        <translation>添加标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete annotation</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit annotation</source>
        <translation>编辑标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust annotation</source>
        <translation>调整标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database cannot use write-ahead logging on this medium</source>
        <translation>数据库在此存储介质上无法使用预写日志（WAL）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot be opened ({detail})</source>
        <translation>{path}：无法打开（{detail}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new database cannot be created there</source>
        <translation>无法在那里创建新数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a folder you can write to</source>
        <translation>请选择一个可以写入的文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it must be upgraded for this version of Marginalia, but</source>
        <translation>它需要升级才能用于此版本的 Marginalia，但</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program that stopped left an unfinished change in it ({journal}) that cannot be undone here, because</source>
        <translation>一个中途停止的程序在其中留下了未完成的更改（{journal}），在这里无法撤消，因为</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>copy the database and that file together to a folder you can write to</source>
        <translation>请把数据库和该文件一起复制到一个可以写入的文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is not a Marginalia database, and a program that stopped left an unfinished change in it ({journal}); open it with that program first</source>
        <translation>{path}：不是 Marginalia 数据库，且一个中途停止的程序在其中留下了未完成的更改（{journal}）；请先用那个程序打开它</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: is damaged, or not a Marginalia database</source>
        <translation>{path}：已损坏，或不是 Marginalia 数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is not a Marginalia database</source>
        <translation>{path}：不是 Marginalia 数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: was made by a newer version of Marginalia (schema {revision}); please upgrade Marginalia to open it</source>
        <translation>{path}：由更新版本的 Marginalia 创建（结构版本 {revision}）；请升级 Marginalia 后再打开</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: {reason}</source>
        <translation>{path}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {doing}: {reason}; {advice}</source>
        <translation>{where}：{doing}：{reason}；{advice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {reason}; {advice}</source>
        <translation>{where}：{reason}；{advice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}; {advice}</source>
        <translation>{reason}；{advice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free some space on it, then try again</source>
        <translation>请腾出一些空间后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database file is read-only</source>
        <translation>数据库文件是只读的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make it writable, or copy it to a folder you can write to</source>
        <translation>请将其设为可写，或复制到一个可以写入的文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the file to a disk you can write to</source>
        <translation>请把文件复制到一个可以写入的磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its folder is read-only, and a database needs to keep its working files (-wal, -shm) beside it</source>
        <translation>它所在的文件夹是只读的，而数据库需要在旁边保存工作文件（-wal、-shm）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>copy it to a folder you can write to</source>
        <translation>请把它复制到一个可以写入的文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are not allowed to write there (permission denied)</source>
        <translation>您无权在那里写入（权限不足）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask whoever manages the computer for write access, or use another folder</source>
        <translation>请向计算机管理员申请写入权限，或使用另一个文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program or window has been writing to the database for too long</source>
        <translation>另一个程序或窗口写入数据库的时间过长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wait until it has finished (a merge or an import), then try again</source>
        <translation>请等它完成（合并或导入）后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk reported an error while reading or writing</source>
        <translation>磁盘在读写时报告了错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the disk or network share; the backups folder beside the database keeps recent copies</source>
        <translation>请检查磁盘或网络共享；数据库旁边的备份文件夹保存着最近的副本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore the newest copy from the backups folder beside it</source>
        <translation>请从旁边的备份文件夹恢复最新的副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database file cannot be opened</source>
        <translation>无法打开数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that its folder exists and that you may write to it</source>
        <translation>请检查其文件夹是否存在、您是否有权写入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database server cannot be reached</source>
        <translation>无法连接到数据库服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the network and that the server is running, then try again</source>
        <translation>请检查网络以及服务器是否在运行，然后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection to the database server was lost</source>
        <translation>与数据库服务器的连接已断开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>try again when the server is back</source>
        <translation>请在服务器恢复后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database server refused the user name or password</source>
        <translation>数据库服务器拒绝了用户名或密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check them in the database address</source>
        <translation>请检查数据库地址中的用户名和密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database does not exist on the server</source>
        <translation>服务器上不存在该数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check its name, or ask the server&apos;s administrator to create it (docs/team-server.md)</source>
        <translation>请检查其名称，或请服务器管理员创建它（docs/team-server.md）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database server does not allow this user to do that</source>
        <translation>数据库服务器不允许此用户执行该操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the server&apos;s administrator for the rights listed in docs/team-server.md</source>
        <translation>请向服务器管理员申请 docs/team-server.md 中列出的权限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database server&apos;s disk is full</source>
        <translation>数据库服务器的磁盘已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the server&apos;s administrator to free space, then try again</source>
        <translation>请服务器管理员腾出空间后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database server is overloaded (too many connections or out of memory)</source>
        <translation>数据库服务器负载过高（连接过多或内存不足）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>try again in a moment</source>
        <translation>请稍后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database server ended the connection (it is restarting, or its administrator ended the session)</source>
        <translation>数据库服务器结束了连接（服务器正在重启，或管理员结束了会话）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database server only allows reading (a standby server)</source>
        <translation>数据库服务器只允许读取（备用服务器）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connect to the primary server</source>
        <translation>请连接到主服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another user changed the same data at the same moment</source>
        <translation>另一位用户在同一时刻更改了相同的数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>try again</source>
        <translation>请重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reasons}; {reason}</source>
        <translation>{reasons}；{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown export format {format} (use one of {formats})</source>
        <translation>未知的导出格式 {format}（可用：{formats}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{format} has no layout {layout}</source>
        <translation>{format} 没有布局 {layout}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>span {start}–{end} lies outside the text (length {length})</source>
        <translation>片段 {start}–{end} 超出文本范围（长度 {length}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>span {start}–{end} is empty or reversed</source>
        <translation>片段 {start}–{end} 为空或起止颠倒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quote {quote} is not in the article&apos;s text</source>
        <translation>引文 {quote} 不在文章的文本中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quote {quote} at {start}–{end} is not in the article&apos;s text</source>
        <translation>位于 {start}–{end} 的引文 {quote} 不在文章的文本中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attribute {name}={value} left out: {label} has no such</source>
        <translation>属性 {name}={value} 已略去：{label} 没有这个属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attribute left out: {reason}</source>
        <translation>属性已略去：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown label {label}</source>
        <translation>未知的标签 {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the span is empty</source>
        <translation>片段为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the export was not written</source>
        <translation>导出文件未写入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{advice}; nothing was left half-written</source>
        <translation>{advice}；没有留下写了一半的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>span of line breaks only</source>
        <translation>只含换行符的片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link to an annotation in another article</source>
        <translation>指向另一篇文章中标注的链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no .txt beside it (brat keeps the text there)</source>
        <translation>旁边没有 .txt 文件（brat 把文本保存在那里）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{document} line {number} ({span})</source>
        <translation>{document} 第 {number} 行（{span}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>span {start}–{end} lies outside the text ({length})</source>
        <translation>片段 {start}–{end} 超出文本范围（{length}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a discontinuous span (words between its fragments): Marginalia stores one continuous span</source>
        <translation>不连续的片段（片段之间夹有文字）：Marginalia 只保存连续的片段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its text {quote} is not the document&apos;s text there</source>
        <translation>其文本 {quote} 与文档在该处的文本不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its relation {kind} points at {target}, which is no span</source>
        <translation>其关系 {kind} 指向 {target}，而它不是文本片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{piece} is not a &apos;start end&apos; pair</source>
        <translation>{piece} 不是“起点 终点”形式的一对数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text-bound line needs a type and offsets</source>
        <translation>文本标注行需要类型和偏移量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{document} line {number}</source>
        <translation>{document} 第 {number} 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attribute {name} is on {span}, which is no text span</source>
        <translation>属性 {name} 在 {span} 上，而它不是文本片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation {name} does not join two text spans</source>
        <translation>关系 {name} 没有连接两个文本片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the note is on {span}, which is no text span</source>
        <translation>备注在 {span} 上，而它不是文本片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an event ({id}) has no place in Marginalia; left out</source>
        <translation>事件（{id}）在 Marginalia 中无处存放；已略去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a normalization ({id}) has no place in Marginalia; left out</source>
        <translation>规范化（{id}）在 Marginalia 中无处存放；已略去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an equivalence ({id}) has no place in Marginalia; left out</source>
        <translation>等价关系（{id}）在 Marginalia 中无处存放；已略去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the line {id}</source>
        <translation>无法读取这一行（{id}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>span overlapping another of its label beyond the layers</source>
        <translation>与同一标签的其他片段重叠、超出层数的片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>span overlapping another span (one tag column; use the columns layout)</source>
        <translation>与其他片段重叠的片段（只有一列标记；请使用 columns 布局）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>span without a token (only spaces)</source>
        <translation>不含词元的片段（只有空格）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conll has no layout {layout} (use ner or columns)</source>
        <translation>conll 没有布局 {layout}（请用 ner 或 columns）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no tag scheme {scheme} (use iob2 or bioes)</source>
        <translation>没有标记方案 {scheme}（请用 iob2 或 bioes）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>doccano has no layout {layout} (use relations or simple)</source>
        <translation>doccano 没有布局 {layout}（请用 relations 或 simple）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>span whose ends fall inside a character in {unit} offsets</source>
        <translation>按 {unit} 偏移量计，端点落在字符内部的片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link to an annotation in another article (kept in marginalia)</source>
        <translation>指向另一篇文章中标注的链接（保留在 marginalia 字段中）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: {record}: {reason}</source>
        <translation>{path}：{record}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {record}: {reason} (and {more} more problem)</source>
        <translation>{path}：{record}：{reason}（另有 {more} 个问题）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {record}: {reason} (and {more} more problems)</source>
        <translation>{path}：{record}：{reason}（另有 {more} 个问题）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the given text</source>
        <translation>给出的文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image sha256 {sha256}… is not an image of the article</source>
        <translation>sha256 为 {sha256}… 的图片不是这篇文章的图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image {name} at {offset} is not an image of the article</source>
        <translation>位于 {offset} 的图片 {name} 不是这篇文章的图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is not a whole number ({value})</source>
        <translation>{field} 不是整数（{value}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read {format} ({known})</source>
        <translation>无法读取 {format}（可读取：{known}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file holds no annotations</source>
        <translation>文件中没有标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotation id {id} appears twice in the file</source>
        <translation>标注 id {id} 在文件中出现了两次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its text is not in the database ({article})</source>
        <translation>其文本不在数据库中（{article}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no annotator in the file; give one with --annotator</source>
        <translation>文件中没有标注员；请用 --annotator 指定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its link to {target} was left out: that annotation is neither in the file nor stored</source>
        <translation>指向 {target} 的链接已略去：该标注既不在文件中，也没有存储</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its link to {target} was left out: that annotation is in another article</source>
        <translation>指向 {target} 的链接已略去：该标注在另一篇文章中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {number}</source>
        <translation>第 {number} 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item {number}</source>
        <translation>第 {number} 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broken JSON ({problem}, line {line} column {column})</source>
        <translation>JSON 已损坏（{problem}，第 {line} 行第 {column} 列）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broken JSON ({problem}, column {column})</source>
        <translation>JSON 已损坏（{problem}，第 {column} 列）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not UTF-8 text ({detail})</source>
        <translation>文件不是 UTF-8 文本（{detail}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broken JSON ({detail})</source>
        <translation>JSON 已损坏（{detail}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{prefix} {number}</source>
        <translation>{prefix} 第 {number} 项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link outside one annotator&apos;s article (kept in marginalia)</source>
        <translation>超出同一标注员的文章范围的链接（保留在 marginalia 字段中）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a Label Studio task (no data)</source>
        <translation>不是 Label Studio 任务（没有 data）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the task&apos;s data has no text</source>
        <translation>任务的 data 中没有文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task {number}</source>
        <translation>任务 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{record} annotation {number}</source>
        <translation>{record}，标注 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the annotation has no result list</source>
        <translation>该标注没有 result 列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{record} prediction {number}</source>
        <translation>{record}，预测 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the prediction has no result list</source>
        <translation>该预测没有 result 列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a result is not an object</source>
        <translation>有一个 result 不是对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{record} region {region}</source>
        <translation>{record}，区域 {region}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the region has {count} labels, not one</source>
        <translation>该区域有 {count} 个标签，而不是一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a relation from region {region} points at no region</source>
        <translation>从区域 {region} 出发的关系没有指向任何区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{record} item {number}</source>
        <translation>{record}，第 {number} 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{record} page {id}</source>
        <translation>{record}，页面 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a W3C Annotation (type {type})</source>
        <translation>不是 W3C Annotation（类型为 {type}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the annotation has no id</source>
        <translation>该标注没有 id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target has no selector</source>
        <translation>target 没有选择器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no TextQuoteSelector or TextPositionSelector</source>
        <translation>没有 TextQuoteSelector 或 TextPositionSelector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no tagging body names a label (a comment-only annotation)</source>
        <translation>没有 tagging 类型的 body 给出标签（只有评论的标注）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target has no source</source>
        <translation>target 没有 source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marginalia:attributes is not an object</source>
        <translation>marginalia:attributes 不是对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a link has no target</source>
        <translation>有一个链接没有 target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{record}, annotation {id}</source>
        <translation>{record}，标注 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotation {id}</source>
        <translation>标注 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entity {number} is neither an object nor a [start, end, label]</source>
        <translation>实体 {number} 既不是对象，也不是 [start, end, label]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} {number} is not a [start, end, label] triple</source>
        <translation>{field} {number} 不是 [start, end, label] 三元组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a doccano record (no text)</source>
        <translation>不是 doccano 记录（没有 text）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown offset unit {unit} (use {units})</source>
        <translation>未知的偏移单位 {unit}（请用 {units}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offset {reason} (offsets counted in {unit})</source>
        <translation>偏移量 {reason}（偏移量按 {unit} 计数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation {relation} starts at no entity of this record</source>
        <translation>关系 {relation} 的起点不是本记录中的实体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation {id} points at no entity of this record</source>
        <translation>关系 {id} 没有指向本记录中的实体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{record}, entity {number}</source>
        <translation>{record}，实体 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entity has no label</source>
        <translation>该实体没有标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{record} record {number}</source>
        <translation>{record}，第 {number} 条记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{record}: {reason}</source>
        <translation>{record}：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the spacy format needs spaCy: pip install &apos;marginalia[spacy]&apos;</source>
        <translation>spacy 格式需要 spaCy：pip install &apos;marginalia[spacy]&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>article {id}: the tokens do not give its text</source>
        <translation>文章 {id}：词元拼不回它的文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>span not on token boundaries</source>
        <translation>不在词元边界上的片段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{position} is outside the text ({clusters} clusters)</source>
        <translation>{position} 超出文本范围（共 {clusters} 个字素簇）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{position} falls inside the surrogate pair of {character}</source>
        <translation>{position} 落在 {character} 的代理对内部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code point {codepoint} is inside a grapheme cluster</source>
        <translation>码位 {codepoint} 在一个字素簇内部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>w3c has no layout {layout} (use jsonl or collection)</source>
        <translation>w3c 没有布局 {layout}（请用 jsonl 或 collection）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the xmi format needs dkpro-cassis: pip install &apos;marginalia[inception]&apos;</source>
        <translation>xmi 格式需要 dkpro-cassis：pip install &apos;marginalia[inception]&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the zip</source>
        <translation>该 zip 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an INCEpTION project export without XMI files: export the project again with the secondary format &apos;UIMA CAS XMI (XML 1.0)&apos;</source>
        <translation>这是不含 XMI 文件的 INCEpTION 项目导出：请以辅助格式“UIMA CAS XMI (XML 1.0)”重新导出项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a readable zip file</source>
        <translation>不是可读的 zip 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a readable UIMA CAS XMI file ({detail})</source>
        <translation>不是可读的 UIMA CAS XMI 文件（{detail}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{document}, annotation {id}</source>
        <translation>{document}，标注 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its type {type} is not in the type system; not read</source>
        <translation>其类型 {type} 不在类型系统中；未读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the CAS has no text (sofa string) to annotate</source>
        <translation>CAS 中没有可标注的文本（sofa string）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{document}, {count} annotation of {type} (xmi:id {ids})</source>
        <translation>{document}，{type} 类型的 {count} 个标注（xmi:id {ids}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{document}, {count} annotations of {type} (xmi:id {ids})</source>
        <translation>{document}，{type} 类型的 {count} 个标注（xmi:id {ids}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read: annotations come from INCEpTION&apos;s custom layers (webanno.custom.*), DKPro NamedEntity and relations between those</source>
        <translation>未读取：只读取来自 INCEpTION 自定义层（webanno.custom.*）和 DKPro NamedEntity 的标注，以及它们之间的关系</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{document}, relation {id} ({type})</source>
        <translation>{document}，关系 {id}（{type}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a relation without both ends</source>
        <translation>缺少一端的关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a relation between annotations that are not spans ({governor} → {dependent})</source>
        <translation>所连接的标注不是文本片段的关系（{governor} → {dependent}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{document}, annotation {id} ({type})</source>
        <translation>{document}，标注 {id}（{type}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a zero-length annotation at {offset} (INCEpTION allows them; a Marginalia span covers at least one character)</source>
        <translation>位于 {offset} 的零长度标注（INCEpTION 允许这种标注；Marginalia 的片段至少包含一个字符）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its slot {feature} points at {type}, which is not a span</source>
        <translation>其槽位 {feature} 指向 {type}，而它不是文本片段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{feature} {value} lies outside the text ({length} UTF-16 code units)</source>
        <translation>{feature} {value} 超出文本范围（共 {length} 个 UTF-16 码元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{feature} {value} falls inside a character that UTF-16 writes as two units (a surrogate pair): not a character boundary</source>
        <translation>{feature} {value} 落在 UTF-16 用两个码元（代理对）表示的字符内部：不是字符边界</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the annotator name is empty</source>
        <translation>标注员名称为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown label {label} (known: {known})</source>
        <translation>未知的标签 {label}（已有：{known}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the label id {id} is used {n} times</source>
        <translation>标签 ID {id} 被使用了 {n} 次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the label name {name} is used {n} times</source>
        <translation>标签名称 {name} 被使用了 {n} 次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key {key} is used {n} times</source>
        <translation>按键 {key} 被使用了 {n} 次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the label id {id} must be 1–64 letters, digits, _ . or -</source>
        <translation>标签 ID {id} 必须由 1–64 个字母、数字、_、. 或 - 组成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the label {id} has no name</source>
        <translation>标签 {id} 没有名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the colour of {label} must look like #RRGGBB</source>
        <translation>{label} 的颜色必须形如 #RRGGBB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key of {label} is too long</source>
        <translation>{label} 的按键太长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} has the attribute {name} {n} times</source>
        <translation>{label} 有 {n} 个名为 {name} 的属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} has an attribute without a name</source>
        <translation>{label} 有一个没有名称的属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the choice attribute {name} has no choices</source>
        <translation>选项属性 {name} 没有任何选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the attribute {name} repeats a choice</source>
        <translation>属性 {name} 有重复的选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text attribute {name} has choices</source>
        <translation>文本属性 {name} 不能有选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number attribute {name} has choices</source>
        <translation>数值属性 {name} 不能有选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the boolean attribute {name} has choices</source>
        <translation>是/否属性 {name} 不能有选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image attribute {name} has choices</source>
        <translation>图片属性 {name} 不能有选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the label schema was changed meanwhile; reload it</source>
        <translation>标签方案在此期间已被更改；请重新载入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the label {label} would be deleted</source>
        <translation>标签 {label} 将被删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: the attribute {name} would go</source>
        <translation>{label}：属性 {name} 将被移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: {reason}</source>
        <translation>{label}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apply it as a migration to delete those annotations or drop those values</source>
        <translation>以迁移方式应用此更改，即可删除这些标注或舍弃不再适用的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} (used by {n} annotation)</source>
        <translation>{reason}（有 {n} 条标注在用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} (used by {n} annotations)</source>
        <translation>{reason}（有 {n} 条标注在用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotation {id} was changed meanwhile; the schema change cannot be applied or undone</source>
        <translation>标注 {id} 在此期间已被更改；无法应用或撤销这次标签方案更改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add label {label}</source>
        <translation>添加标签“{label}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename label {old_label} to {label}</source>
        <translation>将标签“{old_label}”重命名为“{label}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recolour {label}</source>
        <translation>更改“{label}”的颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the key of {label}</source>
        <translation>更改“{label}”的按键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the attributes of {label}</source>
        <translation>编辑“{label}”的属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete label {label}</source>
        <translation>删除标签“{label}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the schema</source>
        <translation>替换标签方案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a Marginalia label schema (no &quot;format&quot;: &quot;marginalia-schema&quot;)</source>
        <translation>这不是 Marginalia 标签方案（缺少 &quot;format&quot;: &quot;marginalia-schema&quot;）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema version {version} is not supported</source>
        <translation>不支持标签方案版本 {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the schema has no list of labels</source>
        <translation>该标签方案没有标签列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the schema is malformed ({detail})</source>
        <translation>该标签方案格式有误（{detail}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is not JSON ({detail})</source>
        <translation>{path}：不是 JSON（{detail}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is not JSON ({problem}: line {line} column {column} (char {char}))</source>
        <translation>{path}：不是 JSON（第 {line} 行第 {column} 列，字符位置 {char}：{problem}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the schema {file}</source>
        <translation>导入标签方案 {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a folder, not a database file</source>
        <translation>{path}：是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot be read ({detail})</source>
        <translation>{path}：无法读取（{detail}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is not a Marginalia database (not an SQLite file)</source>
        <translation>{path}：不是 Marginalia 数据库（不是 SQLite 文件）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no annotator named {name}</source>
        <translation>没有名为 {name} 的标注员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no annotation {id}</source>
        <translation>没有标注 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the annotation was changed elsewhere (revision {actual}, expected {expected}); reload it to see the change</source>
        <translation>该标注已在别处被更改（修订号 {actual}，应为 {expected}）；请重新载入以查看更改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no article {id}</source>
        <translation>没有文章 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image {image} is not an image of article {article}</source>
        <translation>图片 {image} 不是文章 {article} 的图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an annotation cannot link to itself</source>
        <translation>标注不能链接到自身</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked annotation {annotation} is not in article {article}</source>
        <translation>所链接的标注 {annotation} 不在文章 {article} 中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept span</source>
        <translation>接受片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject span</source>
        <translation>拒绝片段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no merge conflict {id}</source>
        <translation>没有合并冲突 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merge conflict {id} is already resolved</source>
        <translation>合并冲突 {id} 已经解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the annotation was changed meanwhile; reload and resolve again</source>
        <translation>该标注在此期间已被更改；请重新载入后再解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the label {label} ({id}) is not in the target&apos;s schema</source>
        <translation>标签 {label}（{id}）不在目标数据库的标签方案中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the label {label} has different attribute definitions</source>
        <translation>标签 {label} 的属性定义与目标数据库不同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: there is no such database file</source>
        <translation>{path}：没有这个数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotations use labels the target lacks: {labels}</source>
        <translation>标注使用了目标数据库没有的标签：{labels}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is the target database itself</source>
        <translation>它就是目标数据库本身</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the merge was cancelled; nothing was changed</source>
        <translation>合并已取消；没有任何改动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: already exists; choose a new file for the package</source>
        <translation>{path}：已存在；请为工作包选择一个新文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the package would hold no articles</source>
        <translation>工作包中将没有任何文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{annotator} has no assigned articles; name them with --article</source>
        <translation>{annotator} 没有被分配的文章；请用 --article 指定文章</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection to the database server was lost while saving, so whether this change was saved is not known</source>
        <translation>保存时与数据库服务器的连接断开了，无法知道这次更改是否已保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>when the server is back, look whether the change is there and make it again if not</source>
        <translation>服务器恢复后，请查看更改是否在；如果不在，请重新做一次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection to the database server was lost; this change was not saved</source>
        <translation>与数据库服务器的连接已断开；这次更改未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this change was not saved</source>
        <translation>这次更改未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a span&apos;s start and end must be whole numbers</source>
        <translation>片段的起点和终点必须是整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the span {start}–{end} is outside the text (0–{length})</source>
        <translation>片段 {start}–{end} 超出文本范围（0–{length}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the span {start}–{end} is empty</source>
        <translation>片段 {start}–{end} 为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the label {label} has no attribute {name}</source>
        <translation>标签 {label} 没有属性 {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be one of {allowed}, not {value}</source>
        <translation>{name} 必须是 {allowed} 之一，而不是 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be yes or no, not {value}</source>
        <translation>{name} 必须是“是”或“否”，而不是 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is set by linking an image, not as a value</source>
        <translation>{name} 通过链接图片来设置，不能直接填值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be a number, not {value}</source>
        <translation>{name} 必须是数字，而不是 {value}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="+70"/>
        <source>Something went wrong inside Marginalia. Your saved work is safe.</source>
        <translation>Marginalia 内部出错了。你已保存的工作不受影响。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The details were written to {path}.</source>
        <translation>详细信息已写入 {path}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed by somebody else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somebody else changed this meanwhile ({reason}). The article was reloaded with their change; make your edit again if it is still needed.</source>
        <translation>在此期间有人修改了这里（{reason}）。文章已重新载入，包含对方的修改；如仍需要，请重新进行您的编辑。</translation>
    </message>
</context>
</TS>
