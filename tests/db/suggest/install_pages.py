"""Copy the pages of the held-out and training gold sets out of clones of their repositories
and check their sha256 (docs/suggest-gold.md).

    python -m tests.db.suggest.install_pages --to ../shared/corpus/suggest-pages \
        --readability PATH --trafilatura PATH --goose3 PATH --gne PATH --newspaper4k PATH \
        --aeb PATH --magichtml PATH --newspaper3k PATH --cx PATH --gerapy PATH \
        --fundus PATH --postlight PATH --cwce PATH --eventsmachine PATH --pageanalysis PATH \
        --cxdemo PATH --ogs PATH --omnivore PATH --htmldate PATH --nsa PATH --htmltotext PATH \
        --pulsarrpa PATH --metascraper PATH --wpa PATH --snacktory PATH --radarflow PATH \
        --mcmeta PATH --twnews PATH --aed PATH --irrd PATH --gogoose PATH --evan PATH \
        --crux PATH --mercuryfork PATH --rubyreadability PATH --exreadability PATH \
        --htmlbench PATH --wcxb PATH --l3sgn1 PATH --seniorresearch PATH --wa2t ARCHIVE

Each PATH is a git clone (or mirror) of the repository named in the sets' ``SOURCES.md``
files; the page is read at the commit named there (``git show COMMIT:PATH``; a gold file's own
``commit`` wins over the repository's default), so the clone may be at any revision (GNE's
``visiable_test/`` pages, source ``gnevisible/…``, are read from the ``--gne`` clone, and
trafilatura's ``tests/cache/`` pages, source ``trafcache/…``, from the ``--trafilatura`` one;
htmldate's ``tests/test_set/`` pages, source ``htmldatetest/…``, from the ``--htmldate`` one).
Nothing is downloaded. The article-extraction benchmark keeps its pages gzipped
(``html/<sha256>.html.gz``):
they are installed decompressed, and ``page_sha256`` is the decompressed page's; so are
fundus's (``<country>/<Publisher>_<date>.html.gz``) and WCXB's (``dev/html/NNNN.html.gz``).
twnews keeps its samples xz-compressed (``samples/<site>.html.xz``): installed decompressed too.
mediacloud/metadata-lib's cached pages have no extension (``cached-<url>``): installed with
``.html`` added (the source names it), so that the importer reads them as the HTML pages they
are; the bytes are the repository's.
webarticle2text's pages (source ``wa2t/…``) are read from its PyPI archive, not a clone
(``--wa2t ARCHIVE``, the ``.tar.gz``): the archive's sha256 is checked first, then each page is
read as a regular member under the package's ``fixtures/compare/`` folder.
Every page is read as one blob (``git show``), never with ``git archive``: some mirrors lack large
blobs the pages do not need. A page that cannot be read is reported with the option and the file.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import lzma
import subprocess
import sys
import tarfile
from collections.abc import Mapping
from pathlib import Path

from .sets import HELD_OUT_SETS, TRAIN

FOLDERS = (*HELD_OUT_SETS.values(), TRAIN)
COMMITS = {
    "readability": ("ab4027a8b37669745016869a37a504727992b2ba", "test/test-pages/"),
    "trafilatura": ("e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5", "tests/eval/"),
    "goose3": ("c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7", "tests/data/content/"),
    # GeneralNewsExtractor's test pages (held-out 2-4, the training set, held-out 7's added
    # Chinese pages, held-out 8's thepaper/2, held-out 9's 163/9, cjddsb/1 and toutiao/5,
    # held-out 10's gsc/1, hexun/1, readhub/readhub, zsnews/1 and zyyfy/1).
    "gne": ("3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a", "tests/"),
    # The same repository's other folder of saved pages, ``visiable_test/`` (held-out 14's
    # cmse/1 and mydrivers/1); read from the --gne clone.
    "gnevisible": ("3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a", "visiable_test/"),
    # trafilatura's other folder of saved pages, ``tests/cache/`` (held-out 21's tc-*: English
    # news reports); read from the --trafilatura clone at the same commit as ``tests/eval/``.
    "trafcache": ("e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5", "tests/cache/"),
    # Most of its news pages were removed after this commit; the two Chinese pages came later
    # (their gold files name their own commit).
    "newspaper4k": ("a012967cfe4158ea6713476a3b2fe7e39c42b552", "tests/data/html/"),
    # scrapinghub/article-extraction-benchmark: gzipped pages, installed decompressed (held-out
    # 4's English pages, held-out 10's aeb-*).
    "aeb": ("4a3bc979f76c0df73cb95fe272e2fc1b96f9f010", "html/"),
    # opendatalab/magic-html's article benchmark (held-out 5; Chinese pages of held-out 8-10).
    "magichtml": ("47d4a7fed12030e906a093b074637f178cb46ef2", "benchmark/data/article/htmls/"),
    # codelucas/newspaper (newspaper3k), the collection newspaper4k forked (held-out 5).
    "newspaper3k": ("1618b547f31c2d1fd19ae3b6afd8f7542dd02074", "tests/data/html/"),
    # chrislinan/cx-extractor-python: NetEase finance pages and BBC News pages (held-out 6).
    "cx": ("56f19b1b7a340f730a9cfd28d2e11e65709f8852", ""),
    # Gerapy/GerapyAutoExtractor's sample pages (held-out 6; held-out 8's ifeng_news1, 9's
    # china_news1).
    "gerapy": ("d65ddd09d4714db4615ea0d522829b20ca7805e5", ""),
    # flairNLP/fundus's parser test pages, gzipped like the benchmark's (held-out 7).
    "fundus": ("18da6e53592f99cf0ac5770dc63d6ba99ba63ae8", "tests/resources/parser/test_data/"),
    # postlight/parser (Mercury)'s fixtures; the NetEase page is on a branch and its gold file
    # names that commit (held-out 7; English pages of held-out 8-10).
    "postlight": ("e8ba7ece291efa4d915d50dd4deeec17d54359f2", "fixtures/"),
    # immortal-autumn/Chinese-Web-Content-Extraction-Dataset's saved pages (held-out 14's cw-*).
    "cwce": ("99d0ef08419109b5489b12e38f771f25b952d774", "original/"),
    # sonyfe25cp/EventsMachine's extractor test pages, removed after this commit (held-out
    # 16's em-*: 凤凰网, 中新网 and two 腾讯网 pages of 2011-2012).
    "eventsmachine": ("ca2dd9edb72b16d2f84bb76a5999af955a4afb7a", "gossip/src/test/resources/"),
    # qwang2505/page_analysis's test page (held-out 17's pa-sohu-nobel: 搜狐新闻 from 北京晨报,
    # 2012); no licence, so read at install time only, like EventsMachine's.
    "pageanalysis": ("d883c7f668b872603c2b023c0046b438edbe6c0d", "tests/"),
    # amumu-dev/cx-extractor's demo pages, saved in 2009 (held-out 17's cx-*: 新浪科技, 人民网
    # and 搜狐娱乐); no licence, read at install time only.
    "cxdemo": ("87ddba9582d2b6d14335244bd687cc882c930074", "demo/Perl/html/"),
    # jshemas/openGraphScraperPages, the saved pages of open-graph-scraper's tests (held-out
    # 18's og-qq-serbia: 腾讯新闻, 2020); no licence, so read at install time only.
    "ogs": ("ca7e60e089d0c2ea414e4c24feaa4ef06fe006fe", ""),
    # omnivore-app/omnivore's readability fork's test pages, AGPL-3.0 (held-out 18's
    # om-caixin-tuhu: 财新网, 2023).
    "omnivore": (
        "322ce62b2e09a4fc8f328dde6003e7066953a9ca",
        "packages/readabilityjs/test/test-pages/",
    ),
    # adbar/htmldate's evaluation pages, Apache-2.0 (held-out 22's English pages): news and
    # blog pages of many languages; about 350 of them are not in trafilatura's tests/eval/.
    "htmldate": ("b8952828329abaeeb3be21387b526f2be614ce67", "tests/eval/"),
    # The same repository's other folder of saved pages, ``tests/test_set/``; read from the
    # --htmldate clone.
    "htmldatetest": ("b8952828329abaeeb3be21387b526f2be614ce67", "tests/test_set/"),
    # ChiaYuChang/NewsSentimentAnalyzer's parser example pages (held-out 22's Chinese pages, nsa-*:
    # 新華網, 中央社, 自由時報, RFI, 紐約時報中文網 and BBC News 中文, 2023); no licence, so read at
    # install time only.
    "nsa": ("dcff14fbd41f4bc30b99826b6680d64975f14a29", "internal/server/parser/example/"),
    # leogao2/htmltotext-benchmark's saved pages (held-out 24's htt-cctv-gdp: 央视网, 2020, its
    # one Chinese news page); no licence, so read at install time only.
    "htmltotext": ("feab59949ee4f9789af8e0c2412720895278d3cf", "benchmarkdata/"),
    # platonai/PulsarRPA's parser test pages, Apache-2.0 (held-out 25's pr-*: 山西新闻网
    # carrying 中新网, 2017, its one Chinese news report).
    "pulsarrpa": (
        "df7df74dbbdaa839c1a66f7b52ea06e91dd28727",
        "pulsar-plugins/pulsar-parse/src/test/resources/",
    ),
    # microlinkhq/metascraper's integration-test pages, MIT (held-out 26's English ms-*: news
    # pages of Reuters, the Guardian, Stuff, the SF Standard and others, 2016-2024).
    "metascraper": (
        "20423f52ef9b4a07d3b25e56e34d2756b3291250",
        "packages/metascraper/test/integration/",
    ),
    # transTerminus/webpage_archive's saved pages, one folder per site (held-out 26's wpa-*:
    # Chinese news reports of 2008-2024 that a crawler saved in 2024); no licence file (its
    # package.json names ISC for the scripts), so read at install time only.
    "wpa": ("f987f5ead3b73855895657eb4b932d0e2623fe99", "raw/"),
    # smallrivers/snacktory's extractor test pages, Apache-2.0 code (held-out 28's English st-*:
    # news pages of the BBC, the AP, the Washington Post and others, saved 2010-2020); the pages
    # are their publishers', so read at install time only.
    "snacktory": (
        "6a87f3f19d13843166dd689760cbdc2ff3af34f6",
        "src/test/resources/de/jetwick/snacktory/",
    ),
    # hibanabo/RadarFlow's fetcher fixtures, MIT (held-out 31's Chinese rf-*: 8world, RFI and
    # BBC News 中文 articles of 2025); the pages are their publishers', read at install time only.
    "radarflow": ("b4c3ff4b9c39b37018e4b98ddb797ee11916b7ac", "fetcher/data/"),
    # mediacloud/metadata-lib's cached test pages, Apache-2.0 (held-out 31's mc-huanqiu-interns:
    # 环球网 carrying 新华网, 2016, as the Wayback Machine served it); no extension in the
    # repository, ``.html`` added at install (NO_EXTENSION).
    "mcmeta": ("23948e286dbadf9d05cae697de22c7e505304d05", "mcmetadata/test/fixtures/"),
    # virus-warnning/twnews's sample pages, MIT (held-out 31's tw-*: 自由時報, 聯合報 and ETtoday
    # briefs of 2017-2018), xz-compressed at this commit and installed decompressed.
    "twnews": ("4c7ef436018480d07b5f3f5f474f3843af46eb99", "twnews/"),
    # AndyTheFactory/article-extraction-dataset's saved pages (held-out 31's English aed-*: news
    # reports of 2023 from many sites, ``html/<md5>.html``), Apache-2.0 code; the pages are their
    # publishers', so read at install time only.
    "aed": ("cf3e2959ffc4fde13e0714d2b6d50c2bd220ed3b", "html/"),
    # MSVCode/ir-research-data's saved pages of nine US and UK news sites (held-out 32's English
    # ir-*: the 2013 and 2017 crawls, ``big5-XX/html/<keyword> (n).htm``; the names have spaces
    # and parentheses); no licence file (its README: research purpose only), so read at install
    # time only.
    "irrd": ("cbb428cea48e1392496a6542b610fb422a436b52", "Extraction/"),
    # advancedlogic/GoOse's saved test pages (``sites/<host>.html``), Apache-2.0 code; the pages
    # are their publishers', so read at install time only. The mirror lacks ``bin/goose``.
    "gogoose": ("717927370fc8f68b5f590aa46b8b156756cfebb3", "sites/"),
    # WubabooTR/evan_extract's saved articles (``articles/<name>.html``, and the ones its model
    # found no content in under ``articles/no_content/``, source ``evan/no_content/…``); no
    # licence, so read at install time only. The mirror lacks ``results/df_new.pkl``.
    "evan": ("a339d457cce63a06b705145b5db513922fad089e", "articles/"),
    # chimbori/crux's extractor test pages, Apache-2.0 code, at the parent of the commit that
    # removed ``test_data/``; ``nbc.html`` is only on an unmerged pull request's commit
    # (b0980b3…), which its gold file names (``commit``).
    "crux": ("4aa31ad9b6ce3c954edbda3e69be581fafb010f4", "test_data/"),
    # jocmp/mercury-parser, a maintained fork of postlight/parser, MIT: its fixtures
    # (``fixtures/<host>.html`` and ``fixtures/<host>/<name>.html``). The mirror lacks
    # ``assets/*.gif``.
    "mercuryfork": ("f987e9e0b9766d59595bcbf97ac2ebe0227c5506", "fixtures/"),
    # cantino/ruby-readability's spec fixtures, Apache-2.0 code; the pages are their publishers'.
    "rubyreadability": ("90067593e6626d1a17577cb4520411b4bc4ddb71", "spec/fixtures/"),
    # keepcosmos/readability (Elixir)'s test fixtures, Apache-2.0 code; the pages are their
    # publishers'.
    "exreadability": ("4edafba2004481b0bf33b93eb5695c5020d3959c", "test/fixtures/"),
    # AndreasMadsen/htmlparser-benchmark's pages (``files/<64 hex>.html``, saved May-July 2013;
    # AndreasMadsen/article's "reallife" test pages), MIT code; the pages are their publishers',
    # so read at install time only (held-out 41 and 42).
    "htmlbench": ("3a017b39ef1e93d641fdecf3e1606db8e7a22dd8", "files/"),
    # Murrough-Foley/web-content-extraction-benchmark (WCXB, CC-BY-4.0): 2,008 pages saved in
    # 2025-2026, gzipped, ``dev/html/NNNN.html.gz`` and ``test/html/NNNN.html.gz``; source
    # ``wcxb/dev/html/NNNN.html`` (held-out 49 on). The pages are their publishers'.
    "wcxb": ("c039d5ee9f5a3a984a0e167e63aacd04e76e78a9", ""),
    # L3S-GN1 (Kohlschütter et al., 2010: 621 Google News articles of 408 sites, Nov. 2007 - Jan.
    # 2008), kept as separate pages in geodrome/page-signal (no licence; the dataset is for research
    # use), so read at install time only: ``<uuid>.html``, source ``l3sgn1/<uuid>.html`` (held-out
    # 51 and 52).
    "l3sgn1": (
        "186d8153b3d111f84865ddc180600a9cbe35ac7f",
        "L3S-GN1-20100130203947-00001/original/",
    ),
    # AdamClarkStandke/SeniorResearch (a 2019 student project on finding news articles in web
    # pages; no licence): 169 article pages of ten outlets saved with Selenium in 2018-2019,
    # ``Articles/<outlet>/<urlsafe base64 of the URL>.html``, source
    # ``seniorresearch/<outlet>/<name>.html`` (held-out 55 on). The pages are their publishers',
    # so read at install time only.
    "seniorresearch": ("622d0d48b3ce44db5e4c55e05de7c92f847ac36c", "Articles/"),
}
# Collections read from a package's archive (a ``.tar.gz``) instead of a clone: its sha256 and the
# folder of the pages in it.
ARCHIVES = {
    # webarticle2text 3.0.2's sdist from PyPI (held-out 34's English wa-*: the news reports of May
    # 2017 its tests compare extractors on, ``fixtures/compare/pageN.html``), LGPLv3 code; the pages
    # are their publishers', so read at install time only.
    "wa2t": (
        "032bdb1f53c8558006c44fb0ec23349056aa69697ac371394b16a8b7cfb381ad",
        "webarticle2text-3.0.2/webarticle2text/fixtures/compare/",
    ),
}
GZIPPED = {"aeb", "fundus", "wcxb"}
XZ = {"twnews"}
# Collections whose pages have no extension in the repository: the source adds this one.
NO_EXTENSION = {"mcmeta": ".html"}
# Collections read from another collection's clone (no option of their own).
SAME_CLONE = {"gnevisible": "gne", "trafcache": "trafilatura", "htmldatetest": "htmldate"}


def archive_members(archive: Path, sha256: str, folder: str) -> dict[str, bytes]:
    """The regular files under ``folder`` in the ``.tar.gz`` ``archive``, by their path inside
    ``folder``; refused unless the archive's sha256 is ``sha256`` (checked before it is opened)."""
    data = archive.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ValueError(f"{archive}: the archive's sha256 differs from {sha256}")
    members: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for member in tar.getmembers():
            inner = member.name.removeprefix(folder)
            if inner == member.name or not member.isfile():
                continue
            if inner.startswith("/") or ".." in inner.split("/"):
                continue
            extracted = tar.extractfile(member)
            if extracted is not None:
                members[inner] = extracted.read()
    return members


def build_parser() -> argparse.ArgumentParser:
    """The options: ``--to``, one clone per collection of ``COMMITS`` that has its own (not
    ``SAME_CLONE``'s) and one archive per collection of ``ARCHIVES``; all required."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--to", type=Path, required=True, help="the folder of the pages")
    for name in (name for name in COMMITS if name not in SAME_CLONE):
        parser.add_argument(f"--{name}", type=Path, required=True, help=f"a clone of {name}")
    for name in ARCHIVES:
        parser.add_argument(f"--{name}", type=Path, required=True, help=f"the archive of {name}")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    archives = {
        name: archive_members(getattr(args, name), sha256, folder)
        for name, (sha256, folder) in ARCHIVES.items()
    }
    clones = {name: getattr(args, name) for name in COMMITS if name not in SAME_CLONE}
    failed = 0
    for gold in sorted(path for folder in FOLDERS for path in folder.glob("*.json")):
        doc = json.loads(gold.read_text(encoding="utf-8"))
        failed += not install_gold(args.to, doc, clones, archives)
    return 1 if failed else 0


def install_gold(
    to: Path,
    doc: dict[str, str],
    clones: Mapping[str, Path],
    archives: Mapping[str, Mapping[str, bytes]],
) -> bool:
    """Install the gold file ``doc``'s page under ``to``, read from the clone (by collection, the
    option's name) or the archive's members its ``source`` names; False (and said on stderr)
    when it cannot be read or its sha256 is not the gold's."""
    repo_name, inner = doc["source"].split("/", 1)
    if repo_name in archives:
        if inner not in archives[repo_name]:
            print(f"{doc['id']}: {inner} is not in the {repo_name} archive", file=sys.stderr)
            return False
        return install(to, doc, archives[repo_name][inner])
    if repo_name not in COMMITS:
        print(f"{doc['id']}: no collection {repo_name!r} (source {doc['source']})", file=sys.stderr)
        return False
    commit, prefix = COMMITS[repo_name]
    commit = doc.get("commit", commit)
    option = SAME_CLONE.get(repo_name, repo_name)
    clone = clones[option]
    suffix = ".gz" if repo_name in GZIPPED else ".xz" if repo_name in XZ else ""
    added = NO_EXTENSION.get(repo_name, "")
    if added:
        inner = inner.removesuffix(added)
    path = f"{prefix}{inner}{suffix}"
    shown = subprocess.run(
        ["git", "-C", str(clone), "show", f"{commit}:{path}"], capture_output=True, check=False
    )
    if shown.returncode != 0:
        error = shown.stderr.decode(errors="replace").strip()
        print(
            f"{doc['id']}: cannot read {path} at {commit[:12]} from the --{option} clone "
            f"{clone}: {error}",
            file=sys.stderr,
        )
        return False
    page = shown.stdout
    if suffix == ".gz":
        page = gzip.decompress(page)
    elif suffix == ".xz":
        page = lzma.decompress(page)
    return install(to, doc, page)


def install(to: Path, doc: dict[str, str], page: bytes) -> bool:
    """Write ``page`` as the gold file ``doc``'s source under ``to`` if its sha256 is the gold's."""
    if hashlib.sha256(page).hexdigest() != doc["page_sha256"]:
        print(f"{doc['id']}: the page's sha256 differs from the gold file's", file=sys.stderr)
        return False
    target = to / doc["source"]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(page)
    print(f"{doc['id']}: {target}")
    return True


if __name__ == "__main__":
    sys.exit(main())
