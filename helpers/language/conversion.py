"""Script conversion with OpenCC: any document into Simplified, standard, Taiwan or Hong Kong
Traditional.

Each source gets its own chain of OpenCC configs, chosen by comparing the candidates on the corpus:

- Simplified source: s2t, s2twp and s2hk; zh-Hans leaves the text as it is.
- Traditional source with Taiwan usage (000, 002): tw2sp into zh-Hans, so Taiwan phrases become
  mainland ones (輝達 → 英伟达, 晶片 → 芯片), which tw2s and t2s leave alone. zh-TW needs only the
  Taiwan-phrase step of s2twp, after tw2t has brought the characters to the OpenCC standard that
  step's dictionaries are keyed on. OpenCC ships no such config, so one is built from tw2t's and
  s2twp's. The round trip tw2sp → s2twp is not used: it also rewrites characters the author chose
  (一台 → 一臺, 巨額 → 鉅額, 註資 → 注資 in 000; 本周 → 本週, 盡快 → 儘快 in 002) and garbles
  寫幾行程式碼 into 寫幾程序式碼.
- Traditional source with mainland usage (001): such a text is Simplified converted by a tool, with
  that tool's mistakes (關于, 制造, 并, 后, 為什么). It goes back to Simplified with tw2s and is
  converted from there, which corrects about seventy of them in 001 (stock OpenCC would bring in
  three mistakes, 唯一齣路, 這隻佔, 釋出, which the phrase dictionary prevents). tw2s rather than
  t2s, because the text writes the particle 着 as 著, the Taiwan way (驅動著, 意味著), and only
  tw2s simplifies that.

zh-Hant and zh-HK change characters only, so each document keeps its own vocabulary there.

convert() runs each chain with the project's phrase dictionary layered into OpenCC
(helpers.language.opencc_layers: corpus/conversion_phrases.tsv and the glossary's cross-strait
pairs), then the overrides of corpus/conversion_overrides.toml (helpers.language.overrides; none
today). converter(), apply_chain() and opencc_convert() stay stock OpenCC. Every conversion cuts
the text around characters OpenCC cannot take (helpers.language.safe_runs), so nothing is lost, and
leaves wiki links as written.
"""

from __future__ import annotations

import json
import logging
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import opencc

from helpers.core.caching import data_cache
from helpers.core.errors import CorpusError
from helpers.core.types import REGIONS, SCRIPTS, TARGETS, Region, Script, Target
from helpers.corpus.documents import document
from helpers.corpus.markdown import WIKI_LINK
from helpers.corpus.repairs import normalized
from helpers.language.opencc_layers import TAIWAN_PHRASES, layered_chain, stock_config
from helpers.language.overrides import apply_overrides
from helpers.language.safe_runs import convert_safely

LOG = logging.getLogger(__name__)

SIMPLIFIED_CHAINS: Mapping[Target, tuple[str, ...]] = {
    "zh-Hans": (),
    "zh-Hant": ("s2t",),
    "zh-TW": ("s2twp",),
    "zh-HK": ("s2hk",),
}
TAIWAN_CHAINS: Mapping[Target, tuple[str, ...]] = {
    "zh-Hans": ("tw2sp",),
    "zh-Hant": ("tw2t",),
    "zh-TW": (TAIWAN_PHRASES,),
    "zh-HK": ("tw2t", "t2hk"),
}
MAINLAND_TRADITIONAL_CHAINS: Mapping[Target, tuple[str, ...]] = {
    target: ("tw2s", *chain) for target, chain in SIMPLIFIED_CHAINS.items()
}


@data_cache
def converter(config: str) -> opencc.OpenCC:
    """The OpenCC converter for a config, built once until helpers.reload().

    Args:
        config: a config shipped with OpenCC ('s2t', 'tw2sp' …) or TAIWAN_PHRASES.

    Returns:
        The converter; its convert(text) returns the converted text.

    Raises:
        CorpusError: OpenCC does not ship the config.
    """
    if config != TAIWAN_PHRASES:
        try:
            return opencc.OpenCC(config)
        except RuntimeError as error:
            raise CorpusError(f"OpenCC cannot load config {config!r}: {error}") from None
    # OpenCC reads a config from a file and loads its dictionaries at once, so the file can go.
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{TAIWAN_PHRASES}.json"
        path.write_text(json.dumps(stock_config(TAIWAN_PHRASES), ensure_ascii=False), "utf-8")
        return opencc.OpenCC(str(path))


def conversion_chain(
    target: Target, source_script: Script, source_region: Region = "mainland"
) -> tuple[str, ...]:
    """The OpenCC configs, in order, that take a source to a target (see the module docstring).

    Args:
        target: the target script.
        source_script: the script of the source text.
        source_region: its regional usage (it matters for Traditional sources only).

    Returns:
        The config names, possibly none (zh-Hans of a Simplified text).

    Raises:
        CorpusError: an unknown target, script or region; the message lists the valid ones.
    """
    if target not in TARGETS:
        raise CorpusError(f"unknown target '{target}'; valid targets: {', '.join(TARGETS)}")
    if source_script not in SCRIPTS:
        raise CorpusError(
            f"unknown source script '{source_script}'; valid scripts: {', '.join(SCRIPTS)}"
        )
    if source_region not in REGIONS:
        raise CorpusError(
            f"unknown source region '{source_region}'; valid regions: {', '.join(REGIONS)}"
        )
    if source_script == "Simplified":
        return SIMPLIFIED_CHAINS[target]
    return (TAIWAN_CHAINS if source_region == "Taiwan" else MAINLAND_TRADITIONAL_CHAINS)[target]


def apply_chain(text: str, chain: tuple[str, ...]) -> str:
    """A text passed through each stock OpenCC config of a chain in turn, wiki links left as
    written and nothing lost (helpers.language.safe_runs).

    Args:
        text: the text.
        chain: config names (see converter).

    Returns:
        The converted text.
    """
    return _apply(text, [converter(config) for config in chain])


def _apply(text: str, converters: Sequence[opencc.OpenCC]) -> str:
    """A text through converters in turn, around wiki links and characters OpenCC cannot take."""
    through: Callable[[str], str] = lambda run: _through(converters, run)  # noqa: E731
    pieces, position = [], 0
    # A wiki link names a file by its path: converted, it would point nowhere.
    for link in WIKI_LINK.finditer(text):
        pieces += [convert_safely(text[position : link.start()], through), link.group()]
        position = link.end()
    return "".join([*pieces, convert_safely(text[position:], through)])


def _through(converters: Sequence[opencc.OpenCC], text: str) -> str:
    """Text passed through each converter in turn."""
    for each in converters:
        text = each.convert(text)
    return text


def opencc_convert(
    text: str, target: Target, source_script: Script, source_region: Region = "mainland"
) -> str:
    """A text converted by its stock OpenCC chain alone, without the project's dictionary and
    overrides.

    Args:
        text: the text (wiki links are left as written).
        target: the target script.
        source_script: the script of the text.
        source_region: its regional usage.

    Returns:
        The converted text.

    Raises:
        CorpusError: an unknown target, script or region.
    """
    return apply_chain(text, conversion_chain(target, source_script, source_region))


def convert(
    text: str, target: Target, source_script: Script, source_region: Region = "mainland"
) -> str:
    """A text converted to a target script: its OpenCC chain with the project's dictionary
    layered in (helpers.language.opencc_layers), then the overrides of
    corpus/conversion_overrides.toml. Non-Han characters come out as they went in
    (helpers.language.safe_runs states the promise).

    Each override that fires is logged at INFO level on this module's logger.

    Args:
        text: the text (any length; wiki links are left as written).
        target: the target script.
        source_script: the script of the text.
        source_region: its regional usage, which chooses the chain for a Traditional text and
            the overrides that apply.

    Returns:
        The converted text.

    Raises:
        CorpusError: an unknown target, script or region, or a malformed overrides file.
    """
    chain = conversion_chain(target, source_script, source_region)
    text, fired = apply_overrides(_apply(text, layered_chain(target, chain)), target, source_region)
    for override in fired:
        LOG.info(
            "%s override %d: %s → %s", target, override.row, override.source, override.replacement
        )
    return text


def convert_document(doc_id: str, target: Target) -> str:
    """A corpus document's normalised text converted to a target script.

    Args:
        doc_id: a document id; its script and region come from corpus/metadata.toml.
        target: the target script.

    Returns:
        The converted text, as convert gives it.

    Raises:
        CorpusError: an unknown document or target.
    """
    meta = document(doc_id)
    return convert(normalized(meta.id).text, target, meta.script, meta.region)
