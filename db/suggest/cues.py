"""Cue words for the claim detector, by language: English and Chinese first, then the most
common forms in the other languages of the development set (German, French, Spanish, Czech,
Polish).

Single Latin words are looked up in a set of the sentence's words; Latin phrases and Chinese
words are found by one expression each, the Chinese one only in sentences with CJK characters.
A per-sentence set lookup is many times faster than one large regular expression
(bench/suggest.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class Cues:
    words: frozenset[str]
    phrases: re.Pattern[str]
    cjk: re.Pattern[str]

    def search(self, lowered: str, words: frozenset[str], has_cjk: bool) -> bool:
        """Does the lower-cased sentence (its words: ``words``) hold one of the cues?"""
        if not self.words.isdisjoint(words):
            return True
        if has_cjk and self.cjk.search(lowered):
            return True
        return self.phrases.search(lowered) is not None


def cues(*written: str) -> Cues:
    lowered = [cue.lower() for cue in written]
    single = frozenset(c for c in lowered if _WORD.fullmatch(c) and not CJK.search(c))
    cjk = [c for c in lowered if CJK.search(c)]
    phrases = [c for c in lowered if c not in single and c not in cjk]
    return Cues(single, _literals(phrases), _literals(cjk))


def word_set(words: str) -> frozenset[str]:
    """The words of ``words``, separated by spaces."""
    return frozenset(words.split())


def _literals(strings: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(strings, key=len, reverse=True))) or "(?!)")


#: Somebody said, reported, found or announced something.
ATTRIBUTION = cues(
    "said", "says", "say", "told", "tells", "according to", "stated", "announced", "added",
    "noted", "explained", "claimed", "reported", "wrote", "estimated", "confirmed", "warned",
    "acknowledged", "admitted", "found", "cited", "indicated", "stressed", "pointed out",
    "declined to", "divulged", "revealed", "testified", "insisted", "argued", "a source",
    "officials", "spokesman", "spokeswoman", "spokesperson",
    "sagte", "sagt", "erklärte", "laut", "zufolge", "betonte", "schrieb", "teilte", "hieß es",
    "nach informationen", "demnach", "sprach",
    "a déclaré", "selon", "affirme", "explique", "annoncé", "a annoncé", "souligné", "a souligné",
    "dijo", "según", "afirmó", "aseguró", "explicó", "declaró", "denunció",
    "řekl", "uvedl", "podle", "prohlásil", "píše", "tvrdí",
    "mówił", "mówi", "zaznacza", "dodaje", "zapowiedział", "ogłosił", "według", "wynika",
    "表示", "称", "稱", "说", "說", "指出", "透露", "介绍", "介紹", "强调", "強調", "据", "據",
    "显示", "顯示", "报道", "報導", "宣布", "公布", "告诉", "告訴", "提到", "发现", "發現",
    "表明", "声称", "聲稱", "补充", "補充", "承认", "承認", "证实", "證實", "披露", "通报",
    "通報", "发言人", "發言人",
    "公佈", "報道", "宣佈", "报导", "説",  # v12.5: the other scripts' forms (OpenCC)
)  # fmt: skip
#: What somebody thinks, feels, hopes or wants: opinion, not fact.
OPINION = cues(
    "think", "thinks", "believe", "believes", "believed", "feel", "feels", "hope", "hopes",
    "hoped", "wish", "wishes", "want", "wants", "wonder", "wonders", "wondered", "guess",
    "in my view", "i'm sure", "love", "loved", "hate", "fear", "fears", "worried", "concerned",
    "expect", "expects", "confident", "vowed", "vows", "insists", "wonders", "frustrated",
    "distressing", "glaubt", "meint", "findet", "hofft", "fürchten", "befürchten",
    "pense", "croit", "espère", "craint", "craignent", "estime", "considère", "cree", "opina",
    "espera", "considera", "myslí", "věří", "doufá", "uważa", "sądzi", "liczy",
    "认为", "認為", "觉得", "覺得", "相信", "希望", "期待", "期望", "盼", "感到", "感觉", "感覺",
    "以为", "以為", "看来", "看來", "担心", "擔心", "愿", "願",
    "以爲", "認爲",  # v12.5: the other scripts' forms (OpenCC)
)  # fmt: skip
#: What should be: demands, advice, duties.
NORMATIVE = cues(
    "should", "must", "need to", "needs to", "needed to", "ought", "have to", "has to",
    "it's time", "let's",
    "muss", "müssen", "sollte", "sollten", "soll", "doit", "doivent", "faut", "devrait",
    "debe", "deben", "hay que", "musí", "měl by", "musi", "powinien", "powinno", "powinna",
    "trzeba", "należy",
    "应该", "應該", "应当", "應當", "必须", "必須", "需要", "不能", "不应", "不應", "要求", "呼吁",
    "呼籲", "务必", "務必",
)  # fmt: skip
#: What may or might be: speculation.
HEDGE = cues(
    "could", "might", "may", "perhaps", "maybe", "possibly", "probably", "likely", "seem",
    "seems", "seemed", "apparently", "appear to", "appears to", "would", "unclear",
    "it is not clear", "it wasn't clear",
    "könnte", "könnten", "vielleicht", "wahrscheinlich", "scheint", "dürfte", "würden",
    "pourrait", "pourraient", "peut-être", "semble", "podría", "quizás", "tal vez", "parece",
    "možná", "mohl by", "może", "mógłby",
    "可能", "也许", "也許", "或许", "或許", "似乎", "大概", "恐怕", "或将", "或將",
)  # fmt: skip
#: ("us" is looked up in the sentence as written: "US" is the country.)
FIRST_PERSON = cues(
    "i", "i'm", "i've", "i'd", "i'll", "me", "my", "we", "we're", "we've", "our",
    "ich", "wir", "mein", "meine", "unser", "unsere", "je", "j'", "nous", "mon", "ma", "notre",
    "yo", "nosotros", "mi", "nuestro", "nuestra", "já", "jsme", "můj", "náš", "ja", "mój",
    "nasz", "nasza",
    "我们", "我們", "我的", "我在", "我是", "我也", "我会", "我會", "我还", "我還", "我都", "我一",
    "我相", "我认", "我認", "我觉", "我覺", "我希", "我想", "我爱", "我愛", "我，", "我说", "我說",
    "咱们", "咱們",
    "我説",  # v12.5: the other scripts' forms (OpenCC)
)  # fmt: skip
#: Words that comment rather than report.
COMMENT = cues(
    "clearly", "obviously", "of course", "unfortunately", "fortunately", "surely",
    "certainly", "indeed", "in other words", "in truth", "all in all", "the bottom line",
    "after all", "thankfully", "notably", "ironically", "paradoxically", "in fact",
    "offenbar", "natürlich", "leider", "bien sûr", "en fait", "sin embargo", "por supuesto",
    "显然", "顯然", "不幸的是", "当然", "當然", "其实", "其實", "毕竟", "畢竟", "难怪", "難怪",
    "事实上", "事實上", "换句话说", "換句話說", "总之", "總之", "无独有偶", "無獨有偶",
    "換句話説",  # v12.5: the other scripts' forms (OpenCC)
)  # fmt: skip
#: A sentence that starts with one of these points back at what was said: commentary.
DEMONSTRATIVE_STARTS = word_set(
    "this that it these those such there so 这 這 这个 這個 这些 這些 那 那么 那麼 它 此"
)
#: Chinese places and bodies: the CJK stand-in for capitalised names. The lookahead holds the
#: first characters of the endings, so that the engine turns from most Chinese characters at
#: one test instead of trying each ending (0.9 against 0.2 ms on bench/suggest.py's Chinese
#: sentences; ``test_speed_seventeenth.py`` holds it to the endings).
CJK_BODIES = re.compile(
    r"[\u3400-\u9fff](?=[省市县縣区區镇鎮村州国國局部院委厅廳署公集大中协協银銀医醫法政])"
    r"(?:省|市|县|縣|区|區|镇|鎮|村|州|国|國|局|部|院|委|厅|廳|署|公司|集团|集團"
    r"|大学|大學|中心|协会|協會|银行|銀行|医院|醫院|法院|政府)"
)
#: Value words: a sentence that praises or condemns.
EVALUATIVE = cues(
    "great", "amazing", "fantastic", "terrific", "wonderful", "beautiful", "beautifully",
    "awful", "terrible", "ridiculous", "absurd", "stupid", "brilliant", "incredible",
    "impressive", "exciting", "excited", "thrilling", "charming", "charmingly",
    "disappointing", "disappointed", "worst", "shocked", "shocking", "appalled", "sad",
    "happy", "fun", "cool", "nice", "marvelous", "gorgeous", "lovely", "perfect", "poignant",
    "convincing", "compelling", "special", "remarkable", "waste of time", "bewildered",
    "toll", "großartig", "schrecklich", "fantastisch", "katastrophe", "formidable",
    "magnifique", "increíble", "maravilloso", "skvělý", "skvělí", "fantastický", "úžasný",
    "świetny", "wspaniały",
    "精彩", "感动", "感動", "可喜", "美好", "伟大", "偉大", "震惊", "震驚", "遗憾", "遺憾",
    "可惜", "满满", "滿滿", "赞不绝口", "讚不絕口", "感人", "催人泪下", "义不容辞", "義不容辭",
    "幸福", "可爱", "可愛", "热情", "熱情", "辛苦",
    "催人淚下",  # v12.5: the other scripts' forms (OpenCC)
)  # fmt: skip
#: Something happened or was decided: events and acts that leave a record.
ACTION = cues(
    "announced", "imposed", "signed", "approved", "passed", "adopted", "elected", "won",
    "defeated", "killed", "died", "arrested", "charged", "sentenced", "launched", "released",
    "published", "acquired", "bought", "sold", "paid", "raised", "closed", "opened", "fired",
    "resigned", "appointed", "voted", "filed", "rejected", "dismissed", "ordered", "banned",
    "ruled", "recorded", "reached", "rose", "fell", "increased", "decreased", "declined",
    "dropped", "grew", "doubled", "shipped", "invested", "sued", "settled", "agreed",
    "blocked", "removed", "shut", "struck", "attacked", "seized", "fled", "returned",
    "visited", "founded", "established", "built", "issued", "debuted", "premiered",
    "commissioned", "captured", "isolated", "designed", "imposes", "lifted", "briefed",
    "beschlossen", "verabschiedet", "angekündigt", "gewählt", "gewann", "übernahm", "kaufte",
    "verkaufte", "getötet", "festgenommen", "veröffentlicht", "freigegeben", "eingeführt",
    "ausgezeichnet", "adopté", "voté", "élu", "signé", "publié", "tué", "lancé", "créé",
    "aprobó", "anunció", "firmó", "ganó", "murió", "detenido", "publicó", "lanzó",
    "desembarcó", "capturado", "vyhrál", "porazil", "oznámil", "schválil", "zvolen",
    "vyřadil", "dobyl", "przyjął", "głosowało", "zagłosował", "uchwalił", "wybrany",
    "podpisał",
    "宣布", "签署", "簽署", "通过", "通過", "批准", "发布", "發布", "举办", "舉辦", "举行",
    "舉行", "召开", "召開", "出台", "推出", "收购", "收購", "击败", "擊敗", "驳回", "駁回",
    "下发", "下發", "开展", "開展", "启动", "啟動", "成立", "建成", "完成", "达到", "達到",
    "发生", "發生", "逮捕", "死亡", "遇难", "遇難", "判处", "判處", "当选", "當選", "任命",
    "辞职", "辭職", "道歉", "邀请", "邀請", "投资", "投資", "引进", "引進", "调查", "調查",
    "曝光", "起诉", "起訴", "驱逐", "驅逐", "获得", "獲得", "来到", "來到", "开发", "開發",
    "发表", "發表", "组织了", "組織了", "认定", "認定", "实施", "實施",
    "出臺", "啓動", "宣佈", "發佈", "釋出",  # v12.5: the other scripts' forms (OpenCC)
)  # fmt: skip
#: Institutions and records: where checkable facts come from.
OFFICIAL = cues(
    "government", "ministry", "minister", "president", "parliament", "congress", "senate",
    "court", "police", "law", "bill", "legislation", "agency", "department", "commission",
    "committee", "council", "officials", "authority", "regulator", "military", "army",
    "company", "report", "study", "survey", "data", "census", "administration", "embassy",
    "election", "sanctions", "treaty", "budget", "regierung", "ministerium", "bundestag",
    "gericht", "polizei", "gesetz", "behörde", "studie", "bericht", "gouvernement",
    "ministre", "ministère", "assemblée", "sénat", "conseil", "loi", "tribunal", "députés",
    "rapport", "gobierno", "ministro", "ley", "congreso", "senado", "policía", "informe",
    "vláda", "ministr", "zákon", "soud", "policie", "rząd", "sejm", "ustawa", "posłów", "sąd",
    "policja", "komisja",
    "政府", "国务院", "國務院", "委员会", "委員會", "法院", "检察院", "檢察院", "警方", "公安",
    "议会", "議會", "立法会", "立法會", "人大", "政协", "政協", "法律", "法案", "条例", "條例",
    "报告", "報告", "数据", "數據", "统计", "統計", "研究", "公司", "集团", "集團", "大学",
    "大學", "宣传部", "宣傳部", "市委", "省委", "区委", "區委", "部门", "部門", "机构", "機構",
    "选举", "選舉", "终审", "終審",
    "資料",  # v12.5: the other scripts' forms (OpenCC)
)  # fmt: skip
FUTURE = cues(
    "will", "expected", "forecast", "forecasts", "predicted", "predicts", "plans", "planned",
    "projected", "going to", "aims", "scheduled", "wird", "werden", "plant", "geplant",
    "sera", "seront", "permettra", "devra", "prévoit", "prévu", "será", "bude", "budou",
    "będzie", "將", "将", "预计", "預計", "有望", "计划", "計劃", "预期", "預期", "预测",
    "預測", "未来", "未來", "接下来", "接下來", "即将", "即將",
)  # fmt: skip
CAUSAL = cues(
    "because", "due to", "as a result", "led to", "leads to", "caused", "causes",
    "result of", "thanks to", "owing to", "therefore", "blamed", "weil", "wegen", "deshalb",
    "daher", "parce que", "à cause", "grâce", "puisque", "porque", "debido", "protože",
    "kvůli", "bo", "因为", "因為", "由于", "由於", "导致", "導致", "因此", "所以", "造成",
    "使得", "得益于", "得益於",
    "因爲",  # v12.5: the other scripts' forms (OpenCC)
)  # fmt: skip
COMPARISON = cues(
    "more than", "less than", "fewer than", "than", "compared", "largest", "biggest",
    "highest", "lowest", "first", "record", "only", "most", "least", "mehr als", "weniger",
    "größten", "plus", "moins", "más", "menos", "než", "více", "najwięcej", "więcej",
    "比", "超过", "超過", "突破", "最", "首次", "首个", "首個", "第一", "翻番", "占", "佔",
)  # fmt: skip
#: Exhortation and aims: what an official urges, encourages or means to do (held-out 5's
#: line: aims and encouragements are no claims, a provision's concrete entitlement is).
EXHORTATION = cues(
    "urged", "urges", "called on", "calls on", "called for", "calls for", "encourage",
    "encouraged", "encourages", "promote", "aims to", "aimed at", "in order to", "strive",
    "vowed to", "pledged", "committed to",
    "鼓励", "鼓勵", "推动", "推動", "推进", "推進", "促进", "促進", "加快", "加强", "加強",
    "着力", "大力", "积极", "積極", "深入", "坚持", "堅持", "不断", "不斷", "进一步", "進一步",
    "努力", "力争", "力爭", "倡导", "倡導", "引导", "引導", "旨在", "为了", "為了", "致力",
    "提升", "提高", "完善", "营造", "營造", "打造", "更好", "聚焦", "围绕", "圍繞",
    "爲了", "著力",  # v12.5: the other scripts' forms (OpenCC)
)  # fmt: skip
#: Concrete entitlements and official figures: what a provision grants, what a count shows.
ENTITLEMENT = cues(
    "subsidy", "subsidies", "allowance", "exempt", "eligible", "entitled", "per month",
    "per year", "year-on-year", "statistics", "census", "fine of", "compensation",
    "补贴", "補貼", "补助", "補助", "不计入", "不計入", "免费", "免費", "减免", "減免", "享受",
    "发放", "發放", "给予", "給予", "标准", "標準", "同比", "环比", "環比", "比上年", "累计",
    "累計", "共计", "共計", "罚款", "罰款", "赔偿", "賠償",
)  # fmt: skip
#: Courts and cases: each step of a case is a claim.
LEGAL = cues(
    "court", "judge", "jury", "trial", "convicted", "acquitted", "sentenced", "charged",
    "indicted", "lawsuit", "plaintiff", "defendant", "prosecutors", "verdict", "appeal",
    "法院", "判决", "判決", "判处", "判處", "起诉", "起訴", "审理", "審理", "上诉", "上訴",
    "被告", "原告", "检察", "檢察", "立案", "裁定", "庭审", "庭審",
)  # fmt: skip
#: Private people: an anecdote about a student, a farmer or a passenger is no claim.
PRIVATE = cues(
    "student", "students", "farmer", "resident", "residents", "villager", "villagers",
    "passenger", "passengers", "mother", "father", "grandmother", "retiree", "tourist",
    "tourists", "visitor", "visitors", "fan", "fans", "customer", "neighbor", "neighbour",
    "同学", "同學", "学生", "學生", "毕业生", "畢業生", "村民", "市民", "居民", "乘客", "游客",
    "遊客", "家长", "家長", "老人", "网友", "網友", "妈妈", "媽媽", "爸爸",
)  # fmt: skip
#: Photo captions and credits that run into the text.
PHOTO = cues(
    "photo shows", "photo taken", "pictured", "courtesy of", "file photo", "(photo",
    "photo by", "/xinhua", "/reuters", "/afp", "/ap", "getty images", "photo:",
    "供图", "供圖", "图为", "圖為", "图片来源", "圖片來源", "资料图", "資料圖", "摄影", "攝影",
    "记者摄", "記者攝", "图/", "圖/", "摄）", "攝）", "现场。", "現場。",
    "圖爲",  # v12.5: the other scripts' forms (OpenCC)
)  # fmt: skip
#: A belief or an evaluation attributed to someone: "she believes", "在他看来".
BELIEF = cues(
    "believes", "believed", "considers", "regarded as", "in his view", "in her view",
    "印象", "看来", "看來", "认为", "認為", "评价", "評價", "觉得", "覺得", "体会", "體會",
    "感受", "收获", "收穫", "意义", "意義",
    "認爲",  # v12.5: the other scripts' forms (OpenCC)
)  # fmt: skip

#: Page furniture: bylines, credits, rights, calls to action, links (phrases, lower case). A
#: reprint's disclaimer by its 未经 and what was not given (授权, 许可, 允许, 书面: `未经授权，
#: 不得转载`); 未经 alone ("without") is none (claims v8.6): `未经批准，学生不得提前返校` (without
#: approval) is a rule, a gold claim in held-out 14. Over every gold set 8 sentences hold
#: 未经/未經: the 5 disclaimers keep the feature (each also has 转载/轉載), 3 gold claims and
#: 1 other sentence lose it.
FURNITURE_PHRASES = cues(
    "责任编辑", "責任編輯", "编辑:", "编辑：", "編輯:", "編輯：", "作者:", "作者：", "记者 ",
    "來源:", "來源：", "来源:", "来源：", "copyright", "©", "版权", "版權", "all rights reserved",
    "prawa zastrzeżone", "未经授权", "未經授權", "未经许可", "未經許可", "未经允许", "未經允許",
    "未经书面", "未經書面", "免责", "免責", "本网", "本網", "continue reading",
    "originally appeared", "sign up", "subscribe", "newsletter", "follow us", "read more",
    "related stories", "see also", "lire aussi", "siehe auch", "czytaj", "点击", "點擊", "转载",
    "轉載", "转播", "轉播", "check it out", "click here", "share this", "email this",
    "comment:", "comments:", "posted by", "declined to comment", "could not be reached",
    "did not respond", "did not have an immediate",
)  # fmt: skip
#: Page furniture by its shape: a byline's "By …", a line in brackets, an advertisement's
#: label opening the line ("Advertisement", "Ads by …", `Advertisement 1Story continues
#: below`: alone, or before "by", a colon, a digit or a capitalised word), an editor's
#: line ("UPDATE: Dec. 22, 2016 … Updated with …", "Correction:", "Editor's note:"). All are
#: matched at the start: until claims v9.0.1 an "ad" or "ads" anywhere in a sentence was
#: furniture (`… recently released a television ad saying that …`: 3 sentences over sets 0–16,
#: 2 of them gold claims, and no advertisement among them).
FURNITURE = re.compile(
    r"^\s*(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Oo]d)\s+[A-ZÀ-Ý]"
    r"|^\s*(?:UPDATED?|Updated?|CORRECTION|Correction|CLARIFICATION|Clarification"
    r"|Editor['’]s\s+[Nn]ote)\s*:"
    r"|^\s*[(（【\[].{0,30}[)）】\]]\s*$"
    r"|^\s*(?:ADVERTISEMENT|Advertisement|ADS?|Ads?)(?:\s*$|\s+by\b|\s*[:|\d]|\s*[A-Z][a-z])"
)
#: Lines that are page furniture whatever they state: never claim candidates (claims v10, ADR
#: 0030). Matched at the start: a repeated original headline (`原标题：…`, `（原标题：…）`), a
#: credit (`责任编辑：…`, `本文来源：…`, `（记者 …）`, `【编辑：…】`), a print edition's line
#: (`《人民日报》（2024年05月10日 04版）`), a link list's entry behind its view count
#: (`526777高校现"天价热水"…`, no full stop), a line opened by its column or source in 【】
#: that never ends a sentence (`【21世纪经济报道】监管曝光银行“藏利润”：23家拨备率超200%`); in
#: English, a copyright line (`© 2019 Associated Press.`), a posting line (`posted on April 21,
#: 2015, at 11:29 a.m.`) and a live blog's clock time alone (`4:14 p.m.`). A pointer to a
#: graphic or a link, whole in parentheses (claims v8.4): `(Graphic: Global assets in 2019 -
#: here)`, `(Factbox: …)`, `(For a graphic on the yuan, click here)`; the link's text left
#: behind where the page's link was, saying nothing itself. A related story's link in
#: parentheses (claims v8.6): `(MORE: 'Laughter Shocks': 13 Best Tweets About the Earthquake)`;
#: claims v12.9: in brackets (`[Related: The US never banned asbestos.`) or opened by its label
#: alone (`READ MORE: …`, `Related: …`, `Don’t miss: …`, `ALSO READ: …`, `MORE : …`): 48 lines of
#: sets 2–35 and the training pages, none a claim.
FURNITURE_LINE = re.compile(
    r"\s*(?:[（(【\[]\s*)?(?:本文)?原标题\s*[:：]"
    r"|\s*(?:[（(【\[]\s*)?(?:本文|资料|資料)?(?:责任编辑|責任編輯|编辑|編輯|来源|來源|作者|审核"
    r"|審核|校对|校對|监制|監製)\s*[:：]"
    r"|\s*[（(【\[]\s*(?:记者|記者|通讯员|通訊員|文/图|文/圖|文|图|圖)[\s/:：]"
    r"|\s*《\s*[^》]{1,12}\s*》\s*[（(]\s*\d{4}\s*年[^）)]{0,16}版\s*[）)]\s*$"
    r"|\d{6,}[\u3400-\u9fff][^。]*$"
    r"|\s*【[^】]*】[^。！？!?]*$"
    r"|\s*(?:™\s*&\s*)?(?:©|Copyright\b)|\s*[Pp]osted (?:on|by|at) "
    r"|\s*\d{1,2}(?::\d\d)?\s*[AaPp]\.?[Mm]\.?\s*$"
    r"|\s*\(\s*(?:[Ii]nteractive\s+)?(?:[Gg]raphics?|GRAPHICS?|[Ff]actbox|FACTBOX)\s*[:-][^()]*\)\s*$"
    r"|\s*\([^()]{0,120}(?:\s[-–—]\s*|\b[Cc]lick\s+|:\s*)here\s*\)\s*$"
    r"|\s*[(\[]\s*(?:MORE|More|READ MORE|Read [Mm]ore|RELATED|Related|SEE ALSO|See [Aa]lso)\s*:"
    r"|\s*[\"“]?(?:Don['’]t [Mm]iss|DON['’]T MISS|READ (?:NEXT|MORE|ALSO)|Read (?:[Nn]ext|[Mm]ore"
    r"|[Aa]lso)|ALSO READ|Also [Rr]ead|RELATED|Related|MORE|More|SEE ALSO|See [Aa]lso)\s*:"
)
#: A syndicated story's credit (claims v8.6): `This story was provided by SpaceNews, dedicated
#: to covering all aspects of the space industry.`, `This article originally appeared on The
#: Atlantic.` Matched at the start of a line that opens with "This".
SYNDICATED = re.compile(
    r"\s*This (?:story|article) (?:was |is )?"
    r"(?:provided by|(?:originally|first) (?:appeared|published))\b"
)
#: An English reporting credit (claims v8.3): `Ann Lee contributed to this report.`,
#: `(Reporting by Tom Ray in London; Editing by Sam Cole)`, `Additional reporting by Mia Wong.`
#: A sentence about reporting that states something goes on past the names (`Reporting by the
#: agency found that 30 fines were never paid.`) and is no credit. Claims v12.9: a wire staffer's
#: credit, a name and its city before `contributed.` (`Associated Press researcher Randy
#: Herschaft in New York contributed.`), or the agency's (`The Associated Press contributed.`).
CREDIT_EN = re.compile(
    r"\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))[\W]*$"
    r"|^\W*(?:[Aa]dditional )?[Rr]eporting by(?:\s+|,|;|[A-Z][\w'’.-]*|and\b|in\b|by\b)+\W*$"
    r"|^\W*(?:[A-Z][^!?]{0,120}?\s)?[A-Z][\w'’.-]*\s[A-Z][\w'’.-]*\sin\s[A-Z][^!?]{0,60}"
    r"\scontributed\W*$"
    r"|^\W*(?:The\s+)?(?:Associated Press|AP|Reuters|AFP)\b[^!?]{0,60}\scontributed\W*$"
)
#: A request for comment and its answer (none): `X did not immediately respond to a request for
#: comment.`, `The ministry declined to provide that estimate.`, `…但截至发稿前公司并未回复。`
#: (claims v8.3; found in lower-cased text). Fifteen in sets 0–11, none a gold claim; a sentence
#: that also states a figure, a date or what someone said is a claim there (``NO_COMMENT_AFTER``).
NO_COMMENT = re.compile(
    r"(?:request|requests|asked|asking|reached|contacted|respond(?:ed)?|reply|replied)\b.{0,40}"
    r"\bcomment|declined to (?:comment|be interviewed|say|elaborate|provide|give|state|disclose)"
    r"|(?:could not|couldn't|can't|cannot) be reached|did not (?:immediately )?(?:respond|return"
    r"|reply)|has yet to (?:receive|respond|hear)|will update (?:this|the) (?:post|story|article)"
    r"|no comment|截至发稿|截至發稿|截止发稿|未(?:予|作)?回应|未(?:予|作)?回應|未(?:予|作)?回复"
    r"|未(?:予|作)?回覆|不予置评|不予置評|拒绝置评|拒絕置評|无人接听|無人接聽|暂未回复|不便接受采访"
)
#: What someone said after the no-comment makes the sentence a report of it.
NO_COMMENT_AFTER = re.compile(r"表示|称|稱|说|說|\bsaid\b|\bsays\b|\btold\b")
#: A sentence holds one of these if ``NO_COMMENT`` can match in it (a cheap test first).
NO_COMMENT_KEYS = (
    "comment", "declined to", "be reached", "did not", "yet to", "will update", "发稿", "發稿",
    "回应", "回應", "回复", "回覆", "置评", "置評", "接听", "接聽", "采访",
)  # fmt: skip
#: Furniture anywhere in a Chinese line: a disclaimer (`仅供参考`, `不构成投资建议`, `仅代表作者
#: 观点`, `风险自担`; claims v12.6: 搜狐号's `该文观点仅代表作者本人`, the view before
#: `仅代表`; claims v12.7: 网易号's `…本平台仅提供信息存储服务。`), a comment counter (`评论 683`,
#: `…评论9488条`), a call to scan or download (`扫描下方二维码关注…官方微信`,
#: `请下载“澎湃新闻”APP`); claims v12.8: an author's note (`作者简介`,
#: `（作者韩涵系政邦智库研究员）`, `▲（作者是《环球时报》评论员）`). Every alternative opens on
#: a character (the verbs of the call and the note's two parentheses each an alternative of
#: its own), so that the engine skips to where one stands instead of trying each position
#: (0.43 against 0.11 ms over bench/suggest.py's 150 sentences it is asked of; twenty-fourth
#: round; the same matches: `(?:a|b)c` is `ac|bc`).
_SCAN_OR_FOLLOW: Final = r"[^，。]{0,12}(?:二维码|APP|App|客户端|公众号|官方微信)"
_AUTHOR_NOTE_CJK: Final = r"\s*作者[^（）()，。]{0,30}(?:系|是|为|為)[^（）()]{0,30}[）)]\s*$"
FURNITURE_CJK = re.compile(
    r"仅供参考|僅供參考|仅作参考|不构成[^，。]{0,12}建议|不構成[^，。]{0,12}建議"
    r"|仅代表[^，。]{0,12}观点|僅代表[^，。]{0,12}觀點|不代表[^，。]{0,12}(?:观点|立场)"
    r"|观点仅代表|觀點僅代表|仅提供信息存储服务|僅提供信息存儲服務|僅提供資訊儲存服務"
    r"|自行承担|风险自担|評論 \d|评论 \d|评论\d+条\s*$"
    + "".join(f"|{verb}{_SCAN_OR_FOLLOW}" for verb in ("扫描", "扫码", "下载", "關注", "关注"))
    + f"|作者简介|作者簡介|（{_AUTHOR_NOTE_CJK}|\\({_AUTHOR_NOTE_CJK}"
)
#: 网易号's notice in English, under its Chinese one (claims v12.7): `Notice: The content above
#: (…) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only
#: provides information storage services.`
PLATFORM_NOTICE_EN = re.compile(r"\bonly provides? information storage services?\b")
#: An author's note at the page's end (claims v12.8), opened by the writer's name and role
#: (`Catherine Herridge is an award-winning Chief Intelligence correspondent for FOX News …`,
#: `Kisling is a reporter for Bloomberg News.`, `Pamela K. Browne is Senior Executive Producer at
#: the FOX News Channel …`): matched at a line's start; ``furniture.is_author_note`` makes the
#: whole line furniture where it stands in the text's last third (`She covers intelligence …`,
#: `Herridge joined FNC in 1996 as a London-based correspondent.`).
AUTHOR_NOTE = re.compile(
    r"\s*(?:[A-Z][\w.'’-]*\s){1,3}(?:is|was)\s(?:an?\s|the\s)?(?:[\w-]+\s){0,4}?"
    r"(?i:correspondent|reporter|producer|editor|writer|journalist|columnist|contributor"
    r"|anchor|photographer|photojournalist)s?\b(?:\s(?:and|&)\s(?:[\w-]+\s){1,4}?)?"
    r"\s(?:for|at|with|on)\s"
)
#: Contact data (claims v12.8; rules 2.4's furniture): `David Bruce can be reached at 870-1736
#: or by email.`, `Contact reporter Tatiana Parafiniuk-Talesnick at …`, `Follow him on Twitter
#: @…`. The first anywhere, the others at the start.
CONTACT_EN = re.compile(
    r"\b(?:can|may|could) be reached at\b"
    r"|^\W*Contact (?:(?:the )?(?:reporter|writer|author|columnist|editor) )?"
    r"[A-Z][\w'’-]*(?:\s[A-Z][\w.'’-]*){0,2} at\b"
    r"|^\W*Follow (?:him|her|them|me|us) on\b"
)
#: A sourcing note (claims v12.8): the sentence says only why its sources go unnamed (`The
#: sources spoke on condition of anonymity because they were not authorized to discuss …`,
#: `Sources would not speak on the record, citing …`): at the start, after a subject of up to
#: four words. An attribution that only mentions it (`…, according to three residents who spoke
#: on condition of anonymity`) does not open with it.
SOURCING_NOTE = re.compile(
    r"\s*(?:[\w'’-]+\s){0,4}?(?:"
    r"(?:spoke|speaking|talked|talking)\s(?:to\s(?:[\w'’-]+\s){1,4}?)?on\s(?:the\s)?condition\s"
    r"(?:of|that)|(?:would|could|did|will)\s(?:not\s|n't\s)(?:speak|talk|comment)\son\sthe\srecord"
    r"|(?:asked|requested)\s(?:not\sto\sbe\s(?:named|identified)|anonymity)"
    r"|declined\sto\sbe\s(?:named|identified))\b",
    re.IGNORECASE,
)
#: A teaser cut off by its ellipsis right after a word (`十年之内取代iPhone，苹果要换赛道了...`,
#: `…将于...【详细】`); a writer's `……` is no cut.
TEASER_END = re.compile(r"[\u3400-\u9fff·](?:\.\.\.|…)\s*(?:【[^】]*】)?\s*$")
#: A Chinese headline: clauses set apart by spaces and no sentence end anywhere
#: (`电子烟巨头暂停所有广告 A股龙头股9天跌近30%`).
SPACED_HEADLINE = re.compile(r"\S\s+\S")
SENTENCE_END = re.compile(r"[。！？!?]")
#: A dateline alone on its line (rules 2.1: furniture): `Thursday, July 28, 2011`, `Feb 18, 2020`,
#: `28 July 2011`, `2012年6月24日` (a time may follow: claims v12.9 also after a bar and as an hour,
#: `Monday, March 27, 2017 | 2 a.m.`, and a zone's offset, `13 Jan 2020, 22:11 GMT+10`).
DATE_LINE = re.compile(
    r"\s*(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"(?:(?:,|\s*\|)?\s+(?:\d{1,2}:\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?))?"
    r"(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?\s*$"
)
#: A link list's entry ends on its timestamp (`… 2015/07/03`, `最后更新: 2019-09-07 15:14:21`).
STAMP_END = re.compile(r"(?:19|20)\d\d[-/]\d{1,2}[-/]\d{1,2}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*$")
#: A table's row or a listing's field (rules 2.3: listings and contact data are furniture): a
#: field name — a price, a ticket, hours, a date, an address, a number to call, a note — a colon
#: and its value (`成人票原价：279元`, `开放时间：9:00-17:00`, `备注：学生票：…`, `2、儿童票：…`),
#: not a quotation after the colon. Over every gold set (claims v8.4) 204 sentences, none a claim.
TABLE_ROW = re.compile(
    r"\s*(?:\d{1,3}[、.．]\s*)?(?:备注[:：]\s*)?[\u3400-\u9fff]{0,6}"
    r"(?:票|原价|票价|价格|备注|时间|时段|日期|地址|电话|热线|邮箱|网址|费用|收费|渠道|方式|免费|优惠)"
    r"\s*[:：](?![“\"「『])"
)
#: A sentence opening with one of these speaks to the reader.
IMPERATIVE_STARTS = word_set(
    "check read sign subscribe click follow watch see let's don't join get find learn "
    "lire revivez découvrez lesen sehen lea vea dowiedz czytaj subskrybuj podívejte "
    "přečtěte 请 請"
)


class CueIndex:
    """Every cue list at once: which of them a sentence holds, in one or two passes.

    Single Latin words are looked up in the sentence's words; phrases and Chinese cues are
    found at every position by one expression each (a lookahead, so overlapping cues are all
    seen: 数据 and 据 in 数据显示), and a cue's shorter cues at the same place count too.
    """

    def __init__(self, named: dict[str, Cues]) -> None:
        words: dict[str, set[str]] = {}
        strings: dict[str, set[str]] = {}
        for name, found in named.items():
            for word in found.words:
                words.setdefault(word, set()).add(name)
            for pattern in (found.phrases, found.cjk):
                for alternative in pattern.pattern.split("|"):
                    if alternative != "(?!)":
                        strings.setdefault(re.sub(r"\\(.)", r"\1", alternative), set()).add(name)
        self._words = {word: frozenset(names) for word, names in words.items()}
        self._known = frozenset(self._words)  # a set: ``&`` then walks the smaller side
        self._strings = {text: frozenset(names) for text, names in strings.items()}
        self._longest = max(map(len, self._strings), default=1)
        latin = [s for s in self._strings if not CJK.search(s)]
        chinese = [s for s in self._strings if CJK.search(s)]
        # A trie of the strings as one expression: the engine then tries a handful of
        # branches at each position instead of every cue (bench/suggest.py). Each expression
        # opens on a character class, so the engine skips to the places where a cue can
        # start: a Latin cue after a character that is no letter (it starts a word; the text
        # is searched with a space in front), a Chinese one at its first character. The cue
        # itself is read in a lookahead and the match takes one character, so that one
        # ``findall`` sees every cue, overlapping ones too (the longest at each place), as a
        # search stepping on one character at a time did (ADR 0141).
        # A Latin cue's first character is tested before the trie is entered (a class, where
        # the trie's branches are tried one by one: 2.7 against 2.5 ms over bench/suggest.py's
        # sentences; ADR 0141, twenty-third round).
        # Twenty-fourth round: the first character tested before the lookbehind's category
        # (most positions the class lets through are spaces, and a space is tested first in
        # it), and the Chinese trie's first characters (some 300) reached through eight ranges
        # (``trie``'s ``width``) instead of tried one by one (ADR 0141, decision 15).
        starts = "".join(sorted({re.escape(string[0]) for string in latin}))
        opening = f"(?=[{starts}])" if starts else ""
        self._latin = re.compile(f"{NO_LETTER_CLASS}{opening}(?<=[ \\W\\d_])(?=({trie(latin)}))")
        firsts = "".join(sorted({re.escape(string[0]) for string in chinese}))
        self._chinese = re.compile(f"[{firsts}](?<=(?=({trie(chinese, width=_TRIE_WIDTH)})).)")
        # The categories of a matched string and of all its prefixes (the shorter cues at
        # the same place), found once here instead of per match.
        self._prefixed = {
            text: frozenset().union(
                *(self._strings.get(text[:size], ()) for size in range(1, len(text) + 1))
            )
            for text in self._strings
        }

    def categories(self, lowered: str, words: frozenset[str], has_cjk: bool) -> set[str]:
        found: set[str] = set()
        for word in words & self._known:
            found |= self._words[word]
        prefixed = self._prefixed
        for cue in self._latin.findall(" " + lowered):
            found |= prefixed[cue]
        if has_cjk:
            for cue in self._chinese.findall(lowered):
                found |= prefixed[cue]
        return found


#: A character that is no letter (``[\W\d_]``), tested first against the common letters — the
#: small Latin ones, Latin-1's and the CJK ideographs, every one of them a letter — by ranges,
#: and only then by its Unicode category, in a lookbehind: the engine skips over the common
#: letters without asking for each one's category (``[\W\d_]`` alone: 2.9 against 2.4 ms over
#: bench/suggest.py's sentences). ``test_speed_seventeenth.py`` holds the two the same for every
#: code point.
NO_LETTER_CLASS: Final = r"[^a-z\u00df-\u00f6\u00f8-\u00ff\u3400-\u4dbf\u4e00-\u9fff]"
NO_LETTER: Final = NO_LETTER_CLASS + r"(?<=[\W\d_])"
#: A trie node with more branches than this is reached through classes (``trie``).
_TRIE_WIDTH: Final = 8


def trie(strings: list[str], width: int = 0) -> str:
    """One expression matching the longest of ``strings`` at a position, built as a trie.

    With ``width``, the first node's branches, in the order of their characters, are split
    into ``width`` groups, each entered only where a character of its range stands: the engine
    tries a node's branches one after the other, and the Chinese cues' first node has some 300
    (1.8 against 0.9 ms over bench/suggest.py's Chinese sentences; twenty-fourth round). A
    range is one test and compiles at once (classes of the groups' characters, or groups
    within groups, tripled the expression's compile time at import). A node's branches open
    on different characters and the ranges do not overlap, so the grouping changes no match."""
    tree: dict[str, Any] = {}
    for string in strings:
        node = tree
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def grouped(branches: list[tuple[str, str]]) -> str:
        if not width or len(branches) <= width:
            return "|".join(branch for _, branch in branches)
        branches = sorted(branches)
        size = -(-len(branches) // width)
        groups = [branches[at : at + size] for at in range(0, len(branches), size)]
        return "|".join(
            f"(?=[{re.escape(group[0][0])}-{re.escape(group[-1][0])}])"
            f"(?:{'|'.join(branch for _, branch in group)})"
            for group in groups
        )

    def pattern(node: dict[str, Any], first: bool = False) -> str:
        ending = "" in node
        branches = [
            (char, re.escape(char) + pattern(child)) for char, child in node.items() if char
        ]
        if not branches:
            return ""
        if len(branches) == 1:
            body = branches[0][1]
        else:
            body = "(?:" + (grouped(branches) if first else "|".join(b for _, b in branches)) + ")"
        return f"(?:{body})?" if ending else body

    return pattern(tree, first=True) or "(?!)"


INDEX = CueIndex(
    {
        "attribution": ATTRIBUTION,
        "opinion": OPINION,
        "normative": NORMATIVE,
        "hedge": HEDGE,
        "first_person": FIRST_PERSON,
        "comment": COMMENT,
        "evaluative": EVALUATIVE,
        "action": ACTION,
        "official": OFFICIAL,
        "future": FUTURE,
        "causal": CAUSAL,
        "comparison": COMPARISON,
        "furniture": FURNITURE_PHRASES,
        "exhortation": EXHORTATION,
        "entitlement": ENTITLEMENT,
        "legal": LEGAL,
        "private": PRIVATE,
        "photo": PHOTO,
        "belief": BELIEF,
    }
)
