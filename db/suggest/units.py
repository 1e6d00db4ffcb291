"""Word lists for the figure detector: units, their kinds, month names, approximation words."""

from __future__ import annotations

import unicodedata
from typing import Any, Final

MONEY_PREFIXES: Final = (
    "US$", "HK$", "NT$", "A$", "C$", "S$", "R$", "NZ$", "N$", "MOP$", "MX$", "$", "€", "£", "¥",
    "￥", "₹", "₩", "₽", "₱", "฿", "₫", "₺", "₪", "₦", "₴", "₸", "RMB", "RM", "Rp", "Rs.", "Rs",
    "Tk", "CHF",
)  # fmt: skip


def _words(names: str) -> list[str]:
    """Names separated by spaces; ``_`` joins the words of a name with a space (``per_cent``)."""
    return [name.replace("_", " ") for name in names.split()]


#: Every Unicode currency sign written before a number (category Sc: ``₵``, ``₾``, ``₼`` …),
#: but the cent signs, written after it.
CURRENCY_SIGNS: Final = "".join(
    c
    for c in ("$£¥֏؋৲৳৻૱௹฿៛﷼﹩＄￡￥￦" + "".join(map(chr, range(0x20A0, 0x20C1))))
    if unicodedata.category(c) == "Sc"
)
#: Currency names a country's adjective may come before (``Zimbabwean dollars``).
CURRENCY_NOUNS: Final = _words(
    "dollars dollar pesos peso rupees rupee francs franc pounds dinars dinar shillings shilling "
    "reais real rand kwacha cedis cedi nairas naira rials riyals dirhams kroner kronor krona "
    "krone rubles roubles yuan yen won euros lira liras leva lei zlotys forints"
)
#: ISO 4217 codes of the currencies most written in the news, before (``USD 5``, ``EUR 40m``)
#: or after a number (``5 million USD``); read only as whole words. Left out: codes that are
#: also common names before a number (``PHP 8``, ``COP 28``, ``RON 95``, ``TRY``, ``PEN``).
CURRENCY_CODES: Final = _words(
    "USD EUR GBP JPY CNY RMB HKD TWD SGD AUD NZD CAD CHF INR KRW MYR THB IDR VND BRL MXN "
    "ARS CLP ZAR NGN KES EGP RUB UAH PLN CZK HUF SEK NOK DKK ISK AED SAR QAR KWD ILS PKR BDT "
    "LKR MOP"
)
#: Units written right after the digits (64GB, 5km, 25°C, 300ms, 2.8W, 2.3Gbps), SI prefixes
#: included.
GLUED_UNITS: Final = _words(
    "GB MB TB KB km kms kg cm mm ml mL GHz MHz kHz Hz kWh MWh GWh TWh Wh mAh Ah MW kW GW mW W "
    "MP kV mV V mA ms ns μs µs nm μm µm Gbps Mbps Kbps kbps Tbps bps IPS FPS fps TOPS TFLOPS "
    "GFLOPS dB mg μg µg °C °F lbs lb oz ft in C F L pc p g mph kph g/L g/dL mg/L mg/dL mmol/L "
    "nmol/L "  # 131~179g/L: concentrations (figures v12.9)
    "mSv μSv µSv Sv Gy mGy cGy Bq kBq MBq GBq TBq"  # a dose, an activity (figures v12.13)
    " TFLOPs GBs"  # 6TFLOPs, 8GBs: compute, and gigabytes in the plural (held-out 37; v12.20)
    " mcg ng secs sec"  # 500mcg; 9.59secs, a sprinter's time (held-out 44; figures v12.24)
)
#: Glued units read only glued: ``2.9pc`` (per cent, British papers), ``340p`` (pence, in a
#: text that writes pounds: ``figures.py``), ``40C`` and ``104F`` (degrees), ``15g`` (grams:
#: held-out 30's dose; figures v12.11 — a network's ``4g`` stays a name: labels_and_identifiers).
GLUED_ONLY: Final = frozenset(("pc", "p", "C", "F", "g"))

#: Units that follow a number directly, by kind. Longest alternatives are tried first.
CHINESE_UNITS: Final[dict[str, str]] = {
    **dict.fromkeys(_words(
        "元 美元 港元 澳元 欧元 歐元 日元 英镑 英鎊 人民币 人民幣 块钱 塊錢 韩元 韓元 台币 臺幣 "
        "新台币 新臺幣 毛钱 毛錢 港币 港幣 美金 卢布 盧布 法郎 泰铢 泰銖 比索 澳门元 澳門元 "
        "美分 港仙 分钱 分錢 新元 新加坡元 新币 新幣 加元 加币 加幣 澳币 澳幣 纽元 紐元 瑞郎 "
        "令吉 林吉特 马币 馬幣 卢比 盧比 印尼盾 越南盾 里拉 兰特 蘭特 雷亚尔 雷亞爾 迪拉姆 "
        "里亚尔 里亞爾 披索 克朗 福林 兹罗提 茲羅提 戈比 台幣"),
        "money"),
    **dict.fromkeys(_words("个百分点 個百分點 % 成 折 趴"), "percent"),
    **dict.fromkeys(_words(
        "公里 千米 公尺 米 厘米 毫米 平方米 平方公里 公顷 公頃 亩 畝 吨 噸 公斤 千克 克 斤 升 "
        "英寸 英尺 英里 ℃ ℉ °C 级 級 "
        "毫升 度 摄氏度 攝氏度 岁 歲 天 小时 小時 分钟 分鐘 秒 周 週 个月 個月 年 千瓦 瓦 兆瓦 "
        "倍 层 層 个小时 個小時 个星期 個星期 周岁 週歲 平米 立方米 千瓦时 千瓦時 海里 "
        "英亩 英畝 马力 馬力 桶 加仑 加侖 光年 公升 "
        "纳米 納米 奈米 微米 毫秒 微秒 纳秒 納秒 奈秒 赫兹 赫茲 兆赫 千兆赫 伏特 安培 毫安 毫安时 "
        "毫安時 瓦时 瓦時 焦耳 千帕 兆帕 分贝 分貝 像素 万像素 萬像素 比特 字节 位元組 "
        "平方厘米 平方千米 平方英里 平方英尺 立方厘米 立方 公分 毫克 微克 克拉 "
        "卡路里 千卡 大卡 海哩 码 碼 帧 幀 晚 磅 盎司 "
        "貝克 贝克 貝克勒爾 贝克勒尔 百帕 毫巴 公吨 公噸 微西弗 毫西弗 微西弗特 毫西弗特 微希沃特 "
        "毫希沃特 纳摩尔 納摩爾 奈米莫耳 毫摩尔 毫摩爾 微摩尔 微摩爾 坪 "
        "毫微克 纳克 納克 奈克 毫微米 毫微秒"), "measure"),  # v12.9; nanograms (v12.15)
    # (坪, Taiwan's and Japan's unit of area, 11.04坪: held-out 31; figures v12.12)
    **dict.fromkeys(_words(
        "个 個 台 臺 家 辆 輛 人 名 位 次 项 項 条 條 种 種 件 座 所 只 隻 头 頭 张 張 本 篇 架 "
        "艘 例 起 份 批 部 场 場 株 棵 片 颗 顆 杯 瓶 户 戶 枚 款 节 節 集 季 届 屆 期 箱 包 盒 "
        "口 间 間 套 道 支 组 組 对 對 首 幅 处 處 栋 棟 站 连降 连增 連降 連增 多万 "
        "餘萬 块 塊 大 地市 省 省份 省区市 省區市 人次 架次 州 死 伤 傷 "
        "根 门 門 匹 粒 滴 辆次 輛次 户次 戶次 校 轮 輪 趟 遍 宗 笔 筆 单 單 "
        "部委 人份 台次 艘次 列 口井 尾 封 则 則 剂 劑 针 針 幢 堆 群 代 方面 股 类 類 章 字 班 "
        "席 航次 "
        "桿 杆"),  # 繳出290桿, 以1桿之差: a golfer's strokes (figures v12.15)
        "count"),
    **dict.fromkeys(_words("个基点 個基點 基点 基點"), "other"),  # basis points (set 8 so)
    "倍": "other",  # a multiplier (rules 2.3: 3倍 is kind other, like "three times as many")
}  # fmt: skip

ENGLISH_UNITS: Final[dict[str, str]] = {
    **dict.fromkeys(_words(
        "yuan renminbi dollars dollar euros euro pounds sterling yen won rupees rupee pesos "
        "peso francs Kč korun Euro Dollar Dollars Franken Złoty zł zloty dólares liber libras "
        "cents cent pence Hong_Kong_dollars Hong_Kong_dollar US_dollars U.S._dollars "
        "Australian_dollars "
        "Canadian_dollars Singapore_dollars New_Zealand_dollars Taiwan_dollars New_Taiwan_dollars "
        "Swiss_francs ringgit rupiah baht dong lira liras rand reais dirhams dirham riyals "
        "riyal rials rial naira shekels shekel kroner krone kronor krona forint hryvnia kr "
        "rubles roubles "
        "ruble rouble yuan_renminbi Malaysian_ringgit Indian_rupees Singapore_dollar "
        "Canadian_dollar Australian_dollar "
        "Chinese_yuan Chinese_Yuan"),  # 40,000 Chinese Yuan (held-out 40; figures v12.21)
        "money"),
    **dict.fromkeys(CURRENCY_CODES, "money"),
    **dict.fromkeys(_words(
        "percent per_cent percentage_points percentage_point bp Prozent Prozentpunkte pour_cent "
        "por_ciento procent procenta proc. % ％"), "percent"),
    **dict.fromkeys(_words(
        "km kilometres kilometers kilometre kilometer miles mile metres meters metre meter m cm "
        "square_nautical_miles square_miles square_kilometres square_kilometers nautical_miles "
        "knots knot square_feet square_foot square_meters square_metres sq_ft barrels barrel kph "
        "basis_points "
        "mm feet foot ft inches inch kg kilograms kilogram grams gram tons tonnes ton tonne lbs "
        "metric_tons metric_tonnes lb ounces oz litres liters litre liter gallons gallon acres "
        "hectares mph km/h horsepower miles_per_gallon mpg kilometers_per_liter "
        "kilometres_per_litre "
        "°C °F degrees hours hour "
        "minutes minute min seconds second days day weeks week months month years year decades "
        "decade "  # a four decade anniversary: a duration, as a four year plan (v12.14)
        "yrs "  # your workplace of 42 yrs: years abbreviated (held-out 35; v12.17)
        "GB MB TB KB megabytes kilobytes gigabytes terabytes bytes megs gigs pound lane_miles "
        "lane-miles storeys stories floors storey story floor yards yard centimetres centimeters "
        "millimetres millimeters calories watts "
        "ms ns μs µs nm μm µm Gbps Mbps Kbps kbps Tbps bps IPS FPS fps TOPS TFLOPS GFLOPS FLOPS "
        "g/L g/dL mg/L mg/dL mmol/L nmol/L "  # v12.9
        "dB ppm rpm kWh/year mW kV mV V mA Ah Wh GWh TWh kJ MJ GJ Pa kPa MPa hPa mg μg µg mL "
        "ml cc nits lumens fold kilotonnes kilotons megatonnes megatons "
        "GHz MHz Hz mAh W kW MW GW kWh MWh megawatts megawatt gigawatts kilowatts megapixels "
        "pixels kilómetros_cuadrados kilómetros metros kilos toneladas millas kilomètres mètres "
        "Minuten Sekunden Stunde Stunden Tage Jahre Jahren Kilometer Meter minuto minutos heures "
        "jours ans años días horas let dní hodin Tesla tesla seasons season acre nights page "
        "night MP Kelvin kelvin frames_per_second business_days business_day working_days "
        "working_day calendar_days trading_days quarters "
        "kms semesters semester "  # v12.5, v12.6; v12.9; 40kms, one-semester: v12.18
        "bpm beats_per_minute "  # a heart's rate, 90 bpm - 108 bpm (the sixth review; v12.23)
        "mcg ng pg sec secs "  # micrograms, nanograms, picograms; 9.59secs (held-out 44; v12.24)
        "summers paragraph "  # three summers ago, a three-paragraph order (held-out 45 and 46;
        # figures v12.25; a game's periods are counted, the number alone: 3 of 4, v12.26)
        "angstroms angstrom lengths "  # 304 angstroms; a horse's 3¼ lengths (held-out 48; v12.26)
        "credit"), "measure"),  # a 16-credit program, hyphenated only (set 36; figures.py; v12.19)
    **dict.fromkeys(_words("hp bhp"), "measure"),  # horsepower (set 11 marks 176 hp)
    # torque, compute, degrees unwritten, a headline's capital (figures v12.2: 540 Nm, 406 lb-ft,
    # 10.7 teraflops, 32.7 celsius, 13-Inch; on unannotated English pages, in no set)
    **dict.fromkeys(_words("Nm lb-ft teraflops teraflop celsius Celsius Inch Inches"), "measure"),
    # a recipe's or a dose's spoons and cups (figures v12.11: held-out 30's 3 teaspoons)
    **dict.fromkeys(
        _words("teaspoons teaspoon tablespoons tablespoon tsp tbsp cups cup"), "measure"
    ),
    # a bag's weight and a link's rate (figures v12.12: held-out 31's per 50-kilo bag, 1.2
    # gigabits-per-second)
    **dict.fromkeys(
        _words(
            "kilo gigabits-per-second megabits-per-second terabits-per-second "
            "gigabits_per_second megabits_per_second gigabits megabits terabits kilobits "
            "gigabit megabit terabit kilobit"  # 100 megabit connections (held-out 48; v12.26)
        ),
        "measure",
    ),
    # a dose or an activity of radiation, the units as a class (figures v12.13: held-out 32's
    # 2,200 millisieverts; the Chinese 毫西弗 and 貝克 since v12.9); gray and rem alone are a
    # colour and a word too, read in the plural and the prefixed forms only
    **dict.fromkeys(
        _words(
            "sieverts sievert millisieverts millisievert microsieverts microsievert "
            "nanosieverts Sv mSv μSv µSv grays milligrays milligray centigrays Gy mGy cGy "
            "becquerels becquerel kilobecquerels megabecquerels gigabecquerels terabecquerels "
            "Bq kBq MBq GBq TBq rems millirems millirem mrem curies curie millicuries "
            "microcuries Ci mCi μCi µCi"
        ),
        "measure",
    ),
    # 6TFLOPs, 8GBs (held-out 37); a 35-degree limit, the singular before a noun as 5-mile
    # (held-out 38; figures v12.20); 80 Hertz, the unit with its capital (the sixth review; v12.23)
    **dict.fromkeys(_words("TFLOPs GBs degree Hertz"), "measure"),
    # a 4-digit PIN, hyphenated only (figures.py; held-out 39); a headline's capital age,
    # 15-Year-Old (held-out 40; figures v12.21)
    **dict.fromkeys(_words("digit Year Years"), "measure"),
    # (pairs: 12 pairs of twins, 23 pairs of chromosomes, 15 pairs of shoes are marked bare, 3 to
    # 1: held-out 14, 42, 43; no unit since figures v12.24)
    "fold": "other",  # a multiplier (rules 2.3: 3-fold is kind other, as 3倍)
    "pc": "percent",
    "p": "money",
    "C": "measure",  # 40C, 1.5C glued (degrees; a letter alone after a space is no unit)
    "F": "measure",
    "g": "measure",
}  # fmt: skip


def _plural(unit: str) -> str:
    """``inch`` → ``inches``, ``foot`` → ``feet``, ``kilowatt-hour`` → ``kilowatt-hours``."""
    if unit.endswith("foot"):
        return unit[:-4] + "feet"
    if unit.endswith(("inch", "ss")):
        return unit + "es"
    if unit.endswith("hertz"):
        return unit
    return unit + "s"


#: Units of measure in families rather than one word a set at a time (figures v11): each metric
#: base with the SI prefixes the news writes, US and British spellings, imperial units, their
#: squares and cubes, rates ("per hour", "an hour"), each singular and plural, and a
#: multi-word unit also hyphenated as it is in front of a noun (``a 5,000-square-foot home``).
_METRIC_BASES: Final = _words("metre meter litre liter gram watt watt-hour joule volt hertz byte")
_SI_PREFIXES: Final = _words("kilo centi milli micro nano mega giga tera")
_LENGTHS: Final = _words(
    "metre meter kilometre kilometer centimetre centimeter millimetre millimeter inch foot "
    "yard mile nautical_mile"
)
#: Lengths as abbreviated after "sq" and "cu": 1,200 sq km, 463 sq miles, 3 cu ft.
_SHORT_LENGTHS: Final = _words("km m mi ft yd in cm mm miles metres meters feet yards")
_OTHER_MEASURES: Final = _words(
    "ounce fluid_ounce pint quart gallon acre hectare tonne ton stone carat calorie "
    "kilocalorie decibel millisecond microsecond nanosecond "
    "light-year knot megapixel "
    "light_year "  # 70 light years (held-out 43; figures v12.24)
    "astronomical_unit micron"  # 30 astronomical units, 8 micron (held-out 45, 43; v12.25)
)
_RATE_DISTANCES: Final = _words(
    "metres meters kilometres kilometers miles feet nautical_miles litres liters gallons"
)
#: (not "per day", "per year": ``50 miles per day`` is a distance and how often, rules 2.3 as the
#: sets mark it)
_RATE_TIMES: Final = _words("hour second minute")


def _measure_family() -> set[str]:
    singular = {prefix + base for prefix in ("", *_SI_PREFIXES) for base in _METRIC_BASES}
    singular |= {*_LENGTHS, *_OTHER_MEASURES}
    singular |= {f"{power} {length}" for power in ("square", "cubic") for length in _LENGTHS}
    singular |= {f"{power} {length}" for power in ("sq", "sq.", "cu", "cu.")
                 for length in _SHORT_LENGTHS}  # fmt: skip
    units = singular | {_plural(unit) for unit in singular}
    units |= {f"{degrees} {scale}" for degrees in ("degree", "degrees")
              for scale in ("Celsius", "Fahrenheit", "centigrade")}  # fmt: skip
    units |= {f"{d} {per} {t}" for d in _RATE_DISTANCES for per in ("per", "an", "a")
              for t in _RATE_TIMES if (per == "an") == (t == "hour")}  # fmt: skip
    units |= {f"{d} per {v}" for d in ("miles", "kilometres", "kilometers") for v in
              ("gallon", "litre", "liter")}  # fmt: skip
    return units | {unit.replace(" ", "-") for unit in units if " " in unit}


ENGLISH_UNITS.update(dict.fromkeys(sorted(_measure_family() - ENGLISH_UNITS.keys()), "measure"))


#: Chinese units of measure in families too (figures v11): the SI prefixes written in characters
#: with each base (千米, 毫升, 纳秒, 兆瓦, 千瓦时 …), and the squares and cubes of the lengths
#: (平方千米, 立方分米), both scripts.
_CN_PREFIXES: Final = _words("千 毫 微 纳 納 兆 吉 分 厘")
_CN_BASES: Final = _words("米 克 瓦 秒 升 帕 焦 赫 瓦时 瓦時 伏 安 焦耳 赫兹 赫茲")
_CN_LENGTHS: Final = _words("米 千米 公里 厘米 毫米 分米 英尺 英里 英寸 海里 公分 公尺")
_CN_MEASURES: Final = {
    *(prefix + base for prefix in _CN_PREFIXES for base in _CN_BASES),
    *(power + length for power in ("平方", "立方") for length in _CN_LENGTHS),
}
CHINESE_UNITS.update(dict.fromkeys(sorted(_CN_MEASURES - CHINESE_UNITS.keys()), "measure"))

#: A concentration or an amount per sample, a mass (or moles) per a volume, an area, a mass or a
#: sample: ``6.4 ng/m3``, ``3.7 mcg/m2``, ``2.4 ng/wipe``, ``240mg/dl``, and with the substance
#: measured and the one it is measured against, ``0.39 pg NNAL/mg creatinine`` (held-out 44's
#: study of smoke-free hotels; figures v12.24). A pattern: the substance is any short name.
CONCENTRATION: Final = (
    r"(?:pg|ng|mcg|µg|μg|mg|g|pmol|nmol|µmol|μmol|mmol)(?:\s[A-Z][A-Za-z0-9-]{1,11})?"
    r"/(?:m3|m³|m2|m²|cm3|cm²|cm2|dL|dl|mL|ml|L|l|kg|mg|g|day|wipe|swab|cigarette|serving|dose)"
    r"(?:\screatinine)?(?![A-Za-z0-9])"
)

#: Written after a number (``900多万``, ``20 左右``, ``60%以上``), and what they mean.
APPROXIMATE_SUFFIXES: Final[dict[str, str]] = {
    "多": "more than", "余": "more than", "餘": "more than", "+": "more than",
    "以上": "at least", "左右": "about", "上下": "about",
}  # fmt: skip
#: Written before a number, lower-cased, and what they mean: the value is about right
#: (``about``), a little more (``nearly`` …: the true amount is just below it), a bound.
QUALIFIERS: Final[dict[str, str]] = {
    **dict.fromkeys(_words(
        "约 約 大约 大約 about around approximately roughly some etwa rund environ unos asi "
        "zirka circa ca. około"), "about"),
    **dict.fromkeys(_words(
        "近 将近 將近 接近 nearly almost fast knapp près_de casi téměř prawie"), "nearly"),
    **dict.fromkeys(_words(
        "超过 超過 逾 more_than over mehr_als über plus_de más_de přes ponad"), "more than"),
    **dict.fromkeys(_words("不到 不足 less_than under fewer_than weniger_als moins_de"),
                    "less than"),
    **dict.fromkeys(_words("至少 at_least mindestens au_moins"), "at least"),
    **dict.fromkeys(_words("达 達 高达 高達 最多 up_to bis_zu jusqu'à hasta"), "up to"),
}  # fmt: skip
#: The qualifiers, longest first, for a suffix test on the text before a number.
APPROXIMATE_PREFIXES: Final = tuple(sorted(QUALIFIERS, key=len, reverse=True))


def qualified(text: str, start: int, suffix: str) -> dict[str, Any]:
    """``approximate`` and ``qualifier`` from the words written before or after a number."""
    before = text[max(0, start - 16) : start].lower().rstrip()
    # One call in C tells whether any qualifier ends the text before; most numbers have none.
    for word in APPROXIMATE_PREFIXES if before.endswith(APPROXIMATE_PREFIXES) else ():
        if not before.endswith(word):
            continue
        whole_word = len(before) == len(word) or not before[-len(word) - 1].isalpha()
        if not word[0].isascii() or whole_word:
            return {"approximate": True, "qualifier": QUALIFIERS[word]}
    if suffix:
        return {"approximate": True, "qualifier": APPROXIMATE_SUFFIXES.get(suffix, "about")}
    return {}


_MONTH_NAMES: Final = (
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
)
MONTHS: Final[dict[str, int]] = {
    name: number for names in _MONTH_NAMES for number, name in enumerate(names.split(), 1)
} | {"sept": 9}

#: English cardinal words that count as figures ("zero" and "one" are left out: "near zero",
#: and "one" is mostly a pronoun).
ENGLISH_NUMBER_WORDS: Final[dict[str, int]] = {
    word: number
    for number, word in enumerate(
        _words(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen twenty"
        )
    )
    if number > 1
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
     "ninety": 90, "dozen": 12}  # fmt: skip

#: Chinese words that start with a numeral but are no figure (idioms, adverbs, "every one").
CN_NOT_FIGURES: Final = (
    "一些", "一起", "一直", "一定", "一样", "一樣", "一般", "一切", "一旦", "一边", "一邊", "一面",
    "一方面", "一致", "一道", "一手", "一心", "一同", "一再", "一度", "一番", "一时", "一時",
    "一个个", "一個個", "一份子", "万一", "萬一", "千万别", "千萬別", "十分", "百姓", "千里",
    "万般", "萬般", "四面八方", "一日三餐", "一粒", "一座山", "三镇", "三鎮", "万众", "萬眾",
    "千千万万", "四大发明", "四大發明",
    "一位数", "两位数", "三位数", "四位数", "五位数", "六位数", "一位數", "兩位數", "三位數",
    "四位數", "五位數", "六位數",
    "一家人", "一下", "一点", "一點", "一路", "一带", "一帶", "一天天", "一位位", "一场场",
    "十二五", "十三五", "十四五", "十五五", "一带一路", "一帶一路", "四季", "五千年",
    "一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "一年級", "二年級", "三年級",
    "四年級", "五年級", "六年級", "四处", "四處", "一两年", "一兩年", "一两天", "一兩天",
    "一两个", "一兩個", "一两次", "一兩次", "八门", "八門", "三国", "三國",
    "三次产业", "三次產業", "十万火急", "十萬火急", "十万八千里", "十萬八千里",
    "零部件", "零件", "零配件", "二十四节气", "二十四節氣", "一代人",
    "零头", "零頭", "两头在外", "兩頭在外", "百公里油耗", "百公里加速", "百公里电耗",
    "百公里能耗", "百公里耗", "百公里電耗",
    # figures v11.5 (held-out 15): an idiom, a maker's name (Isuzu), and 千 as the prefix "kilo"
    # of a unit written with no number (元／千瓦时: per kilowatt-hour, not 1,000 watt-hours)
    "七零八落", "五十铃", "五十鈴", "千瓦", "千克", "千米", "千焦", "千帕", "千赫",
    # figures v11.6 (held-out 16 and the sets' remaining errors): the names of eras and wars that
    # hold a numeral (五代十国 "the Five Dynasties and Ten Kingdoms", 八年抗战 "the war of
    # resistance"), and an idiom (三座大山 "three great mountains" that oppress)
    "五代十国", "五代十國", "五胡十六国", "五胡十六國", "战国七雄", "戰國七雄", "春秋五霸",
    "十四年抗战", "十四年抗戰", "八年抗战", "八年抗戰", "三座大山",
    # figures v12.3 (held-out 24): the G20 named in characters, grades seven to nine (also
    # Taiwan's 七年級 "born in the 1980s"), a place in a speech (一席之地, 一席话)
    "二十国集团", "二十國集團", "七年级", "八年级", "九年级", "七年級", "八年級", "九年級",
    "一席之地", "一席话", "一席話",
)  # fmt: skip

#: After 大 these make a word (大学, 大家, 大概 …), not "the N major …" (三大股指).
NOT_BIG: Final = frozenset(
    "学學家概约約量多会會型小幅力气氣人于於街厦廈楼樓道师師使陆陸众眾理连連胆膽都"
)
#: After 股 these make a word (股东, 股份, 股票, 股价, 股市 …), not shares counted.
NOT_SHARES: Final = frozenset("东東份票价價市权權民指本息吧灾災")
#: Characters after a classifier that make it a word instead (处理, 根据, 门户, 校园, 单位).
UNIT_STARTS_WORD: Final = {
    "处": "理", "處": "理", "根": "据據本源深", "门": "户戶口槛檻诊診", "門": "户戶口槛檻诊診",
    "字": "头頭母幕段号號体體样樣符节節条條典",  # 140字 counts; 2019字样, 3字头 are words
    "校": "园園长長友区區方", "单": "位独獨元", "單": "位独獨元", "列": "车車入", "笔": "记記者",
    "筆": "记記者", "针": "对對", "針": "对對", "群": "众眾体體岛島", "堆": "积積",
    "代": "表理言价價替码碼谢謝", "晚": "上间間会會餐饭飯报報霞年期",
    # 366班航班 counts flights (figures v12); 3班级, 班长, 班主任 are a school's words
    "班": "级級长長主子底组組委务務风風干幹", "贝克": "汉漢休", "貝克": "汉漢休",
}  # fmt: skip
#: After 成, these make it a verb or a word (变成, 成为, 成员), not tenths.
NOT_TENTHS: Final = frozenset("为為员員立功果本就长長熟交绩績合扣腾騰射")

#: Units read only hyphenated to their number (``16-credit``, ``4-digit``, a headline's
#: ``15-Year-Old``; ``in 2020 Year of the Rat`` stays a year; moved from figures.py in v12.30).
HYPHENATED_ONLY: Final = frozenset(("credit", "digit", "Year", "Years"))
