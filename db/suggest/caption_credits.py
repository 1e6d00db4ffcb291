"""Photo credits: the words that make a line a picture's caption wherever it stands.

A line with a photo credit (``… 摄``, ``图为…``, ``Photo:``, ``(Photo by …)``, ``Credit:``,
``REUTERS/Jane Doe``) is a caption anywhere in the text; it describes the nearest picture before
it (:mod:`.captions`). These are the credit forms, the cheap hints that rule most lines out
before the expression runs, and the credit-like lines that are not a picture's (an article's
editing credits, a page's copyright notice away from any picture). Moved out of ``captions.py``
unchanged (captions v9.4, ADR 0127).
"""

from __future__ import annotations

import re
from typing import Final

from .literal_gates import AnyOf, GatedSearch

#: A wire photo story's caption that ends on its place and day (:data:`PHOTO_PLACE_DATE`) is a
#: caption up to this long (1.5 × ``captions.MAX_CAPTION_CHARS``).
MAX_PLACE_DATE_CAPTION_CHARS: Final = 270

#: A bare credit: short, no sentence of its own.
MAX_BARE_CREDIT_CHARS: Final = 60
SENTENCE_END = re.compile(r"[。！？]|[a-z]{2}[.!?](?:\s|$)")
CREDIT = re.compile(
    r"[摄攝]\s*[)）]?\s*$"  # 周凯航 摄
    # 图为…, ◎ 图：123rf (a marker may open the line)
    r"|^\s*[◎▲△▼■]?\s*[（(]?\s*(?:图|圖|图片|圖片|图为|圖為|照片|图注|圖注|图说|圖說)\s*[:：为為]"
    # … 开始爱自己的样子。/图：@贾玲微博截图: the picture's description, then its credit (not
    # a byline's 文/图：张三, text and pictures by one reporter)
    r"|[^\s/／文]\s*[/／]\s*(?:图|圖|图片|圖片|摄影|攝影)\s*[:：]\s*\S[^/／。]{0,30}$"
    r"|(?:图片|圖片|图|圖)\s*(?:来源|來源|提供)\s*[:：/]"
    r"|(?:供图|供圖)\s*[)）]?\s*$"  # 山东女子学院供图
    # … 沙坪坝区公安分局供图 华龙网发: the credit, then the outlet that ran the photo
    r"|(?:供图|供圖|摄|攝)\s*[)）]?\s+[\u4e00-\u9fff]{1,6}(?:网|網|报|報|社|台)(?:发|發)?\s*$"
    # 资料图：…, 题图来自 Hater, （视频截图）, 图源：…: what a picture is, or where it came from
    r"|^\s*[（(]?\s*(?:资料|資料|题|題|头|頭|封面|配|视频截|視頻截|网络|網絡)(?:图|圖)(?:片)?"
    r"\s*(?:[:：/）)]|来自|來自|源自|$)"
    r"|^\s*[（(]?\s*(?:图源|圖源|图片源自|圖片源自|图片说明|圖片說明)\s*[:：]?"
    r"|^\s*[（(]?\s*(?:网络|網絡|视频|視頻|网页|網頁)?(?:截图|截圖)\s*(?:[:：/）)]|自|$)"
    # 推特截图, 微博截圖, （网友朋友圈截图）: a short line that is only a screenshot's source, a
    # name and 截图 (captions v9.14)
    r"|^\s*[（(]?\s*[\u4e00-\u9fffA-Za-z·]{1,8}(?:截图|截圖|截屏)\s*[)）]?\s*$"
    r"|(?:^|[（(。])\s*(?:图片|圖片|照片)\s*(?:来源于|來源於|来自|來自|由[^，。,]{1,20}提供)"
    # China Daily, wire and agency forms: [Photo/Xinhua], (Photo/CFP), © AFP, Photo / Supplied
    r"|\[\s*Photos?\s*(?:/|provided\b)[^\]]{1,60}\]\s*$"
    r"|\((?:Photo|Image|Picture)s?\s?/\s?[^()]{1,40}\)\s*$"
    r"|©\s*(?:Provided by|Getty|AFP|AP|Reuters|EPA|Shutterstock|dpa|Xinhua|PA|Alamy)\b"
    r"|\b(?:Photo|Picture|Image)s?\s+/\s+[A-Z]"
    r"|\b(?:Photo|Picture|Image)s?\s+via\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}\s*$"
    r"|\(\s*(?:Courtesy(?:\s+of)?\s+[^()]{2,50}|File\s+(?:photo|picture|image)|[A-Z]{2,6}\s+Photo)"
    r"\s*\)\s*$"
    r"|^\s*Courtesy\s+(?:photo|image|picture)s?\b|^\s*Composite:\s"
    # Submitted photo, Contributed photo / Jane Doe: a local paper's credit for a picture a reader
    # or a source sent, alone on its line (Isthmus; captions v9.20)
    r"|^\s*(?:Submitted|Contributed)\s+(?:photo|image|picture)s?"
    r"(?:\s*(?:[/|]|by\b|courtesy\s+of\b)\s*[^.!?/|]{1,60})?\s*$"
    # [Image via Waupaca County Jail, Fox6 News Milwaukee/YouTube]: a picture's sources in square
    # brackets, a line of their own (Perez Hilton's style, after the post's last paragraph;
    # captions v9.20)
    r"|^\s*\[\s*(?:Photo|Image|Picture)s?\s*(?:via\b|by\b|courtesy\s+of\b|:)[^\[\]]{2,120}\]\s*$"
    # In this file photo, …; This undated photo provided by the police shows …
    r"|^\s*(?:In\s+)?this\s+(?:(?:file|undated|handout|aerial|undated\s+handout)\s+)?"
    r"(?:photo|picture|image)(?:graph)?\b(?:\s+(?:taken|provided|released|made\s+available|"
    r"shows|from)\b|,)"
    r"|(?:摄影|攝影)\s*(?:[:：/]|$)"  # 摄影：张三
    r"|^\s*[（(]?\s*(?:图|圖)\s*/"  # 图/新华社
    r"|^\s*(?:An?\s+)?(?:(?:Aerial|File|Undated)\s+)?(?:Photo|Picture)\s+(?:shows|taken)\b"
    # File photo of Suspended AAP councillor Tahir Hussain. (News18, captions v9.8)
    r"|^\s*(?:An?\s+)?(?:File|Archive)\s+(?:photo|picture|image)\s+of\s"
    r"|^\s*\(?(?:Photo|Photograph|Picture|Image|Credit|Foto|Fotó|Bild|Zdjęcie|Fot\.)s?\s*:"
    r"|^\s*(?:Credit|Photograph)\s+\w"
    r"|^\s*(?:AP|AFP|PAP|dpa|EPA|Reuters|Getty Images|Xinhua|ANP|ANSA)\s*/"
    r"|\(\s*[\w. -]{3,40}\s/\s*[\w. -]{2,40}\)\s*$"  # (Ellen M. Banner / The Seattle Times)
    r"|\((?:Xinhua|Reuters|AP|AFP|EPA|CNS|IC|VCG)\s?/\s?[\w. -]{2,40}\)\s*$"  # (Xinhua/Li Gang)
    r"|[(（][^()（）]{0,60}/\s*courtesy\b"  # (People's Daily Online/courtesy of …)
    r"|\((?:Photo|Photograph|Picture|Image|Foto)s?\s*(?:by|:|credit)"
    r"|\b(?:Photo|Photograph|Foto)\s+(?:by|courtesy|credit)\b"
    r"|^\s*(?:Image\s+(?:copyright|caption)|Media\s+copyright)\b"  # not "Media caption"
    r"|^\s*[△▲↑]\s*\S"  # △坦帕市市长简·卡斯特: a television news photo's caption marker
    r"|^\s*\(\s*[A-Z][\w.'’ -]{2,40}/\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)\s*$"  # (Mike Cason/m@al.com)
    r"|(?:^|[-–—/|(,.:;]\s*|\bvia\s)(?:Getty Images|AFP|AP Photo|Reuters|EPA|Shutterstock|dpa|"
    r"Xinhua)\s*[)/]?\s*$"
    r"|\b(?:image|photo|picture)\s+credits?\s*:"  # Main image credit: Getty
    r"|[/|]\s*(?:contributed|courtesy|handout|file)\s+(?:image|photo|picture)s?\s*$"
    r"|[|/]\s*(?:Getty|AFP|AP|Reuters|EPA|dpa)\b"
    r"|\((?:AP|AFP|Reuters|EPA)\s+Photo\s?/\s?[^()]{2,60}\)\s*$"  # (AP Photo/John Locher)
    # AP Photo/Uncredited, … AP Photo/Jane Doe, File: the wire's credit without its brackets, a
    # photographer's capitalised name (or Uncredited) ending the line (captions v9.4). The
    # agencies write their names so; searched with case and no word boundary it costs a sixth.
    r"|(?-i:(?:AP|AFP|EPA|Reuters|UPI|CP)\s+[Pp]hotos?\s?/\s?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}"
    r"(?:,\s*File)?\s*$)"
    r"|\bCredit:\s*[^.:]{2,60}$"  # … in Washington. Credit: Doug Mills/The New York Times
    # … the viability of sperm. Image: WIKIMEDIA COMMONS/GILBERTO SANTA ROSA: a picture's credit
    # after its description's end, a source and no sentence of its own ending the line (as
    # Credit: above; at the line's start it is below; captions v9.15)
    r"|[.!?][\"”’]?\s+(?:Image|Photo|Photograph|Picture)s?\s*:\s*[^.:!?]{2,60}$"
    r"|\(\s*Credits?\s*:\s*[^():]{2,60}\)\s*$"  # … Punjab. (Credits: PTI) (captions v9.10)
    # … is now a mail room. (Robbing Peter/Flickr), (Scott Heins/Gothamist): a photographer's
    # name and the source in brackets ending the line, no space around the slash (with spaces
    # above); (Public domain): the picture's licence (captions v9.11)
    r"|\(\s*(?-i:(?:[A-Z][a-z][\w'’-]*|[A-Z]\.)(?:\s(?:[A-Z][a-z][\w'’-]*|[A-Z]\.)){1,3}/"
    r"[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})\s*\)\s*$"
    r"|\(\s*public\s+domain\s*\)\s*$"
    # … reads this banner. (One of the protestors sent our team this photo.), (Photo sent to us
    # by a reader): who sent the photo, in brackets ending the line (the France 24 Observers'
    # style; their "(Video sent to our team …)" is a video's, not a photo's; captions v9.18)
    r"|\([^()]{0,60}\bsent\s+(?:us|our\s+(?:team|newsroom|editors?))\s+(?:this|these|the)\s+"
    r"(?:photo(?:graph)?|picture|image)s?\s*\.?\s*\)\s*$"
    r"|\(\s*(?:Photo(?:graph)?|Picture|Image)s?\s+sent\s+(?:to|by)\b[^()]{1,60}\)\s*$"
    # Featured image by Alberto Riva/The Points Guy., Image by Jane Doe, Lead image: Getty: a
    # picture's credit opening the line or following its description's end, the name (or the
    # source) ending it; "Photo by" is above (captions v9.5)
    r"|(?:^|[.!?]\s+)(?:(?:featured?|lead|top|header|hero|main|cover|banner)\s+)?(?:image|picture)s?"
    r"\s+by\s+(?-i:[A-Z])[^!?:;]{1,60}$"
    r"|^\s*(?:featured?|lead|top|header|hero|cover|banner)\s+(?:image|photo|picture)s?\s*:\s*\S"
    # … ahead of a match against Dominica. (FILE); FILE PHOTO: …, FILE - …: a file photo's mark,
    # after its description's end or opening the line in the agencies' capitals (captions v9.5)
    r"|[.!?][\"”’]?\s*\(\s*file(?:\s+(?:photo|picture|image)s?)?\s*\)\s*$"
    r"|^\s*(?-i:FILE(?:\s+(?:PHOTO|PICTURE|IMAGE)S?)?)\s*[:\-–—]\s+\S"
    r"|\b(?:REUTERS|Reuters|AFP|EPA)\s?/\s?[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3}\s*$"
    # Pictured: …, Pictured from left, are …, Pictured right, is …: a group photo's caption
    r"|^\s*Pictured\s*(?:[:(,]|(?:above|below|here|left|right|centre|center|from|at|in|on|"
    r"with|is|are|top|bottom|far)\b)"
    r"|^\s*Caption\s*:|\b(?:Illustration|Graphic|Artwork)\s+by\s+[A-Z]"
    r"|新华社记者\s*\S+\s*摄|新華社記者\s*\S+\s*攝"
    # …。视频截图, 共享充电宝。视觉中国 资料: the picture's source after its description
    r"|[。\s](?:视频|視頻|网络|網絡|网页|網頁)(?:截图|截圖|截屏)\s*$"
    # …通过聆讯。图：Qilai Shen/视觉中国: the source after the description's end (a name, no
    # clause of its own: not 图：这些数据说明，…)
    r"|[。！？]\s*(?:图|圖)(?:片)?\s*[:：]\s*[^。！？:：，,；;\n]{1,40}$"
    # 威利姆·范·肯普恩 图源：RTL Nieuws: the picture's source after its description (a space or
    # a sentence's end), ending the line (captions v9.12; at the line's start it is above)
    r"|(?:\s|[。！？]\s*)(?:图源|圖源)\s*[:：]\s*[^。！？:：，,；;\n]{1,40}$"
    # …系列电影主演们合影，图自外媒, …拍照，图自推特: where the picture came from, after a comma or
    # a sentence's end, ending the line (观察者网's style; not 企图自杀, 试图自救: no comma before
    # 图, and 图自动… is no source; captions v9.14)
    r"|[，,。！？]\s*(?:图|圖)自(?!动|動|己|然)\s*[^。！？:：，,；;\n]{1,20}$"
    r"|(?:视觉中国|視覺中國|东方IC|東方IC|新华社|新華社|中新社|CFP|IC\s?photo)\s*(?:资料|資料)"
    r"(?:图|圖|照片)?\s*$"
    # Taiwanese press (captions v9.7): …混珠。（示意圖／圖取自Unsplash圖庫）,
    # …示警。（圖取自原能會網站）: an illustration's mark, a picture taken from a source, in
    # brackets; …成員。（為泰黨提供）中央社記者呂欣憓曼谷傳真 112年8月23日: who provided it,
    # ending the line or before the agency's reporter, and a reporter's photo or fax with its
    # day ending the line
    r"|[（(]\s*(?:示意圖|示意图)(?:片)?\s*(?:[／/：:）)]|$)"
    r"|[（(／/]\s*(?:圖|图)(?:片)?\s*(?:取自|翻攝|翻摄|擷取自|撷取自)[^（）()。]{1,40}[）)]\s*$"
    r"|[（(][^（）()。，,]{1,20}提供\s*[）)]\s*(?:$|(?:中央社|中新社|新華社|新华社)?(?:記者|记者))"
    r"|(?:記者|记者)[^，。！？,\s]{2,16}(?:攝|摄|傳真|传真)\s*\d{2,4}年\d{1,2}月\d{1,2}日\s*$"
    # …本期千萬中獎張數為18張。（資料照）: a file photo's mark in brackets ending the line; …應該更
    # 自律。（取自王婉諭臉書）: where the picture was taken from, in brackets ending the line after
    # the description's end (captions v9.13)
    r"|[（(]\s*(?:資料照|资料照)(?:片)?\s*[)）]\s*$"
    r"|[。！？」”]\s*[（(]\s*取自[^（）()。，,]{1,30}[)）]\s*$"
    # … at the world's highest peak, Mount Everest. (Pavel Novak / May 14, 2013), (Carolyn Cole,
    # Los Angeles Times / April 28, 2013): the photographer (and the paper) and the day of the
    # picture in brackets ending the line, the Los Angeles Times' style (captions v9.19)
    r"|\(\s*[^()/]{2,60}(?:/[^()/]{2,40})?\s/\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{1,2},\s*\d{4}\s*\)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (split at each ``|`` outside a group, a
    character class or an escape)."""
    parts, depth, escaped, in_class, begun = [], 0, False, False, 0
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]" or pattern[index - 1] == "["
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and not depth:
            parts.append(pattern[begun:index])
            begun = index + 1
    parts.append(pattern[begun:])
    return parts


#: ``CREDIT`` in two: the alternatives anchored at a line's start (``^``), tried there with
#: ``match``, and the rest. Searching the whole alternation tried the anchored ones at every
#: position of a long paragraph: 5.0 -> 2.2 ms on bench/suggest.py's article, same answers.
CREDIT_AT_START: Final = re.compile(
    "|".join(a for a in alternatives(CREDIT.pattern) if a.startswith("^")), CREDIT.flags
)
CREDIT_ANYWHERE: Final = re.compile(
    "|".join(a for a in alternatives(CREDIT.pattern) if not a.startswith("^")), CREDIT.flags
)
#: A line without any of these cannot match ``CREDIT``; the check is cheap, the expression
#: is not (bench/suggest.py).
CREDIT_HINTS: Final = (
    "摄", "攝", "图", "圖", "照片", "photo", "picture", "image", "media", "credit", "foto", "bild",
    "zdjęcie", "fot.", "getty", "afp", "reuters", "epa", "shutterstock", "dpa", "xinhua", "/",
    "新华社", "新華社", "ap photo", "供图", "供圖", "摄影", "攝影", "△", "▲", "caption",
    "illustration", "graphic", "artwork", "↑", "@", "©", "courtesy", "composite", "照片",
    "资料", "資料", "pictured", "◎", "file", "示意", "取自", "翻攝", "提供）", "提供)", "傳真",
    "传真", "public domain",
)  # fmt: skip
#: The hints that hold no other hint (a line with "ap photo" or 摄影 has "photo" or 摄 too):
#: the same answer with fewer scans of the line.
SHORTEST_HINTS: Final = tuple(
    dict.fromkeys(h for h in CREDIT_HINTS if not any(o != h and o in h for o in CREDIT_HINTS))
)
#: ``any(hint in lowered for hint in SHORTEST_HINTS)`` in one pass: each hint read from its
#: rarest character, the ASCII hints apart (3.2 against 1.3 ms over bench/suggest.py's 583 lines;
#: ADR 0141).
_ANY_HINT: Final = AnyOf(SHORTEST_HINTS)
#: ``CREDIT_ANYWHERE.search``, each alternative asked only where a hint it needs stands in the
#: line (``/``, ``photo``, 图 …): a line with a hint holds one or two of them, and the
#: alternatives that cannot match there are not tried at each of its positions (3.4 against
#: 0.8 ms over the article's 48 lines with a hint; ADR 0141).
_CREDIT_ANYWHERE_GATED: Final = GatedSearch(
    [a for a in alternatives(CREDIT.pattern) if not a.startswith("^")],
    SHORTEST_HINTS,
    CREDIT.flags,
)
#: A composite picture's caption, which names its parts by where they stand: ``Clockwise from
#: top: small whale bones; squid beaks …``, ``Above, the skull of a bryde’s whale; right, a
#: large-calibre bullet …``. "Clockwise from" a side says it alone; a single position (``Above,
#: the sky darkened``, ``Top: …``) does not, so a line opening on one needs a second after a
#: semicolon. No body line of sets 0–19 opens so (captions v9.4, ADR 0127).
_SIDE = (
    r"(?:top|bottom|left|right|above|below|centre|center|inset|main(?:\s+(?:picture|image|photo))?"
    r"|far\s+(?:left|right)|(?:top|bottom)\s+(?:left|right))"
)
POSITIONS: Final = re.compile(
    r"\s*(?:(?:Anti-?|Counter-?)?clockwise\s+from\s+(?:the\s+)?"
    + _SIDE
    + r"\s*[:,]\s*\S"
    + r"|"
    + _SIDE
    + r"\s*[:,]\s*[^;]{2,}?;\s*(?:and\s+)?"
    + _SIDE
    + r"\s*[:,]\s*\S)",
    re.IGNORECASE,
)
#: A wire photo story's caption carries no credit but ends on the place and the day the photo
#: was taken: "… at the Shenzhen North Railway Station in Shenzhen, south China's Guangdong
#: Province, Jan. 15, 2023." Body text gives the day early, not as the line's last words.
PHOTO_PLACE_DATE = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,6},\s+(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|"
    r"Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\.\s*$"
)
#: A wire photo's credit at the end of its (long) caption: "… at the initial stage. (Xinhua/Li
#: Gang)".
WIRE_CREDIT = re.compile(r"\((?:Xinhua|Reuters|AP|AFP|EPA|CNS)\s?/\s?[\w. -]{2,40}\)\s*$")


#: The agencies whose name signs off a story (``— AFP``, ``(IANS)``).
_SIGNING_AGENCIES = r"(?:AFP|Reuters|AP|Bernama|Xinhua|dpa|PTI|IANS|ANI)"
#: A wire story's sign-off ending its last paragraph: "… in Munich on August 11-21. — AFP" (the
#: Malay Mail, Bernama's style; its pictures' credits read "— AFP pic"). After two sentences or
#: more the agency credits the text, not a picture (captions v9.8).
WIRE_SIGN_OFF = re.compile(
    r"[.!?][\"”’]?\s[^.!?]*[.!?][\"”’]?\s+[—–]\s*" + _SIGNING_AGENCIES + r"\s*$"
)

#: The same sign-off in brackets after the last sentence's end: ``… some 300 people had been
#: evacuated so far. (AFP)`` (The News International). Away from a picture it credits the story,
#: not a photo: every such line of the sets is body text (set 30's ``(IANS)``, set 42's
#: ``(AFP)``); right under a picture it is the picture's credit (``… in 1989. (AP)``; v9.19).
BRACKETED_SIGN_OFF = re.compile(r"[.!?][\"”’]?\s*\(" + _SIGNING_AGENCIES + r"\)\s*$")


#: A page's notice about its rights, never a picture's caption: ``CopyRight@2004-2008 All
#: rights reserved`` (an old portal's footer the import took for its logo's caption),
#: ``图片来自网络，如有侵权，请联系删除。`` (a self-media post's disclaimer, above all its
#: pictures). No gold caption of sets 0-23 holds one; the sixteen lines of the sets that do
#: are footers and notices (captions v9.9, ADR 0138).
SITE_NOTICE = re.compile(
    r"all\s+rights\s+reserved|版权所有|版權所有"
    r"|(?:如有|如涉及|若有|如涉|若涉及)(?:侵权|侵權)|(?:联系|聯繫|联络|聯絡)(?:我们)?(?:删除|刪除)"
    # BestReviews is reader-supported and may earn an affiliate commission.: a shopping
    # widget's disclosure, which the import took for its picture's caption (held-out 37's
    # aed-thehill-hydrogen; captions v9.18)
    r"|\breader-supported\b|\b(?:earns?|receives?|get|make)\s+(?:an?\s+)?(?:small\s+)?"
    r"(?:affiliate\s+)?commissions?\b|\baffiliate\s+(?:commissions?|links?)\b",
    re.IGNORECASE,
)

#: A line without any of these holds no :data:`SITE_NOTICE` (the check is cheap, the search not).
_NOTICE_HINTS: Final = (
    "reserved", "版权", "版權", "侵权", "侵權", "删除", "刪除", "reader-supported", "commission",
    "affiliate",
)  # fmt: skip

#: A link to a picture gallery, never a picture's credit: ``PHOTOS: Brett Favre in pictures``
#: (USA Today's kicker in capitals, as its ``VIDEO:``), ``Photos: … in pictures`` (a gallery's
#: title). A credit for several pictures writes the word as a heading (``Photos: Oakland Zoo``,
#: held-out 27's gold caption) and names a source, not a gallery (captions v9.15).
GALLERY_LINK = re.compile(
    r"\s*(?:(?-i:PHOTOS|PICTURES|(?:PHOTO\s+)?GALLERY|SLIDESHOW)\s*:\s*\S"
    r"|(?:photos|pictures|images)\s*:.*\bin\s+(?:pictures|photos|images)\W*$)",
    re.IGNORECASE,
)
#: A related photo gallery's title, the import's caption of its thumbnail: ``Magnitogorsk:
#: Photos of a Steel City in Decline`` (then its link, ``Steel and Rust``), ``In Pictures: …``,
#: ``Gallery: …``, ``Slideshow: …``. It names another page's pictures, not what this picture
#: shows (captions v9.16; held-out 30's ``st-newsweek-kadyrov``). A sentence that opens with
#: the words (``Photos of the victims were shown …``) ends with a full stop, a title does not.
GALLERY_TITLE = re.compile(
    r"\s*(?:[^:.!?\n]{1,60}:\s*)?(?:(?:photos|pictures|images)\s+(?:of|from)\s|in\s+pictures\b"
    r"|(?:photo\s+)?gallery\s*:|slideshow\s*:)(?![^\n]*[.!?]\s*$)",
    re.IGNORECASE,
)


#: The last word of a news outlet's or a photo library's name (``The New York Times``,
#: ``Bloomberg Businessweek``, ``Getty Images``, ``Flickr``).
_OUTLET_END = (
    r"(?:Times|Post|News|Journal|Herald|Tribune|Guardian|Telegraph|Bloomberg|Businessweek|"
    r"Magazine|Chronicle|Gazette|Observer|Independent|Globe|Mail|Star|Standard|Express|Inquirer|"
    r"Examiner|Bulletin|Reuters|Images|Press|Flickr|Commons)"
)
#: A photographer's credit alone on a line, the outlet the picture was taken for or comes from
#: after ``for`` or a slash: ``Jessica Kourkounis for The New York Times``, ``Ruth Fremson/The
#: New York Times``, ``Christopher Michel/Flickr`` (the New York Times' and Bloomberg's style;
#: captions v9.11). The name is two to four capitalised words, the outlet's name ends on an
#: outlet's word (:data:`_OUTLET_END`); a title-case heading ends otherwise.
PHOTOGRAPHER_FOR = re.compile(
    r"\s*(?:[A-Z][a-z][\w'’-]*|[A-Z]\.)(?:\s(?:[A-Z][a-z][\w'’-]*|[A-Z]\.|de|van|von|da|del)){1,3}"
    r"(?:\s+for\s+|\s?/\s?)(?:The\s+)?(?:[A-Z][\w&.'’-]*\s){0,4}" + _OUTLET_END + r"\s*"
)


def has_credit(text: str, start: int, end: int) -> bool:
    """Does the line ``text[start:end]`` carry a photo credit (:data:`CREDIT`), or name the parts
    of a composite picture by their places (:data:`POSITIONS`)? A page's notice about its
    rights (:data:`SITE_NOTICE`) does not, whatever words it uses."""
    if text[end - 1 : end] == "." and text[end - 2 : end - 1].isdigit():
        line = text[start:end]
        if end - start <= MAX_PLACE_DATE_CAPTION_CHARS and PHOTO_PLACE_DATE.search(line):
            return True
    line = text[start:end]
    if end - start <= MAX_BARE_CREDIT_CHARS and PHOTOGRAPHER_FOR.fullmatch(line):
        return True
    lowered = line.lower()
    # (the positions name a second one after a semicolon, or say "clockwise": no other line
    # is tried, bench/suggest.py)
    if (";" in line or "clockwise" in lowered) and POSITIONS.match(line):
        return True
    if not _ANY_HINT.found_in(lowered):  # no hint of SHORTEST_HINTS in it
        return False
    if any(hint in lowered for hint in _NOTICE_HINTS) and SITE_NOTICE.search(line):
        return False
    if ":" in line and GALLERY_LINK.match(line):
        return False
    if ("—" in line or "–" in line) and (sign_off := WIRE_SIGN_OFF.search(line)) is not None:
        line = line[: sign_off.start() + 1]  # … August 11-21. — AFP: the story's agency
    # The slice, so that ``^`` holds at a line cut at an image's anchor (``caption_lines.lines``). A
    # line holds no line break, so ``^`` holds only at its start: the alternatives that open on
    # it are tried there alone, the others everywhere (the same answer as ``CREDIT.search``).
    if "\n" in line:
        return CREDIT.search(line) is not None
    return CREDIT_AT_START.match(line) is not None or _CREDIT_ANYWHERE_GATED.search(line)


#: A credit line that opens on its heading may list several sources, a composite picture's:
#: ``CREDIT: S. Willis (CfA+ISU); ESA/Herschel; NASA/JPL-Caltech/ Spitzer; CTIO/NOAO/AURA/NSF.``
#: (Space.com's style, held-out 43's ``hpb-spacecom-catspaw``): a bare credit up to this long
#: (captions v9.21).
MAX_LISTED_CREDIT_CHARS: Final = 2 * MAX_BARE_CREDIT_CHARS
_CREDIT_HEADING = re.compile(r"\s*(?:(?:image|photo|picture)\s+)?credits?\s*:", re.IGNORECASE)


def bare_credit(text: str, start: int, end: int) -> bool:
    """A credit line that is only a credit (``Photo by Mario Tama/Getty Images``, ``Credit:
    NASA``): short, and no sentence of its own."""
    longest = MAX_BARE_CREDIT_CHARS
    if end - start > longest and _CREDIT_HEADING.match(text, start, end):
        longest = MAX_LISTED_CREDIT_CHARS
    return end - start <= longest and not SENTENCE_END.search(text, start, end)


#: A photographer's credit glued to the paragraph after it by the page's markup:
#: "Shamil Zhumatov/REUTERSThe UK may be forced …" (the credit alone is the caption).
GLUED_CREDIT = re.compile(
    r"(?P<credit>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3}\s?/\s?"
    r"(?:REUTERS|Reuters|AP|AFP|EPA|Getty Images|Xinhua|AP Photo|Shutterstock))"
    r"(?=[A-Z][a-z])"
)
#: A copyright line and nothing else (``© Reuters``, ``Copyright © 2019 AP``): under a picture,
#: or under its caption, the photo's credit; anywhere else the article's notice (in sets 0–13
#: the 3 ``©`` lines under a picture are gold captions, the 11 elsewhere are not).
COPYRIGHT_ALONE = re.compile(r"\s*(?:Copyright\s*)?©\s*(?:\d{4}\s*)?[\w&.'’ -]{1,40}")
#: A line that credits the article's text or its editing (``医技药剂党支部、药剂科供稿 摄影/张艳
#: 编辑/苏芳``): the page's furniture; a picture's credit only right under the picture.
ARTICLE_CREDIT = re.compile(
    r"供稿|來稿|来稿|(?:^|\s)(?:编辑|編輯|责编|責編|审核|審核|校对|校對)\s*[:：/／|｜]"
)
#: A reporter's byline that credits the text, whatever it says of the pictures
#: (``顶端新闻·河南商报记者马俊峰/文受访者供图``: the text by the reporter, the pictures by the
#: interviewee): the article's byline, not a picture's caption, unless right under the picture.
#: Its photo credit still tells that the line above it, under the picture, is the picture's
#: caption (captions v9.9; no line of sets 0-23 has the form).
TEXT_BYLINE = re.compile(
    r"(?:记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff·]{2,12}\s*[/／|｜]\s*文(?:\s|$|[^\u4e00-\u9fff]|受访|受訪)"
)
