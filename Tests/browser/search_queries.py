"""The search query suite (data/search-queries.tsv) and how a result list is scored against it,
shared by test_search_quality.py (our search) and Scripts/bench (ours beside Pagefind)."""
import pathlib
import urllib.parse

DATA = pathlib.Path(__file__).resolve().parent / "data/search-queries.tsv"


def queries(path=DATA):
    """(query, language, expected pages, note) for every line of the suite."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("query\t"):
            continue
        query, language, expected, note = line.split("\t")
        rows.append((query, language, expected.split("|"), note))
    return rows


def page_of(url):
    """The page a result leads to: `th/renew-user/index.html#x` → renew-user."""
    path = urllib.parse.urlparse(url).path.rstrip("/")
    parts = [p for p in path.split("/") if p and p != "index.html" and not p.endswith(".html")]
    return parts[-1] if parts else ""


def rank(result_urls, expected):
    """1-based place of the first expected page among the distinct pages of the results, in
    their order (a page listed once per step counts once), or None when it is not there."""
    pages = []
    for url in result_urls:
        page = page_of(url)
        if page not in pages:
            pages.append(page)
    for place, page in enumerate(pages, 1):
        if page in expected:
            return place
    return None


def rates(ranks):
    """(top-1 share, top-3 share) of a list of ranks."""
    total = len(ranks)
    return (sum(1 for r in ranks if r == 1) / total, sum(1 for r in ranks if r is not None and r <= 3) / total)
