"""How a dossier came in: online (trực tuyến), in person (trực tiếp) or by post (bưu chính).

One vocabulary for the clerk's ``--channel`` and the importer's cells."""

from __future__ import annotations

CHANNELS = ("online", "direct", "postal")
CHANNEL_WORDS = {
    "online": "online",
    "trực tuyến": "online",
    "truc tuyen": "online",
    "dvc trực tuyến": "online",
    "direct": "direct",
    "trực tiếp": "direct",
    "truc tiep": "direct",
    "postal": "postal",
    "bưu chính": "postal",
    "dịch vụ bưu chính": "postal",
    "bưu điện": "postal",
    "bưu chính công ích": "postal",
    "buu chinh": "postal",
}
