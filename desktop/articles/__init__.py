"""The article list: a lazy table model of ids and cached rows, and the dock around it."""

from .dock import ArticleListDock
from .feature import ArticlesFeature
from .model import ARTICLE_ID_ROLE, STATUS_ROLE, ArticleListModel
from .source import ArticleSource, StoreSource

__all__ = [
    "ARTICLE_ID_ROLE",
    "STATUS_ROLE",
    "ArticleListDock",
    "ArticleListModel",
    "ArticleSource",
    "ArticlesFeature",
    "StoreSource",
]
