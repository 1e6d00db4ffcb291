"""What a UIMA CAS XMI file holds before dkpro-cassis reads it: for INCEpTION's own files.

Two things cassis cannot do for us:

* **A file without its type system.** INCEpTION exports each document as a zip of the
  ``.xmi`` and ``TypeSystem.xml``; its manual tells users to unzip it and keep only the
  ``.xmi``, and its own test files (the WebAnno TSV suite) have no type system beside them.
  cassis needs one, and with ``lenient`` it silently drops every annotation whose type it
  lacks (and fails on a relation pointing at one). :func:`complete` adds to a type system
  (DKPro Core's, which cassis ships, when the file has none) every type and feature the
  file uses and the type system lacks, inferred from the file: an element with ``begin``
  and ``end`` is an annotation; a feature whose values are all ``xmi:id`` references is a
  reference (one) or an ``FSArray`` (several); all ``true``/``false`` a boolean; all whole
  numbers an integer; else a string.
* **Offsets that are not on a character.** UIMA counts UTF-16 code units. cassis maps
  them to code points but only *warns* about one inside a surrogate pair or beyond the
  text, and keeps the raw number, so a span would land silently on other characters.
  :class:`Scan` keeps every annotation's raw offsets so that :func:`offset_problem` can
  refuse such a span with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate
from typing import IO, Any

from lxml import etree

from ..messages import Message

XMI_NS = "{http://www.omg.org/XMI}"
CAS_NS = "{http:///uima/cas.ecore}"
_SKIP_TAGS = {XMI_NS + "XMI", CAS_NS + "NULL", CAS_NS + "Sofa", CAS_NS + "View"}
_NOT_FEATURES = {XMI_NS + "id", "sofa", "begin", "end"}
_WHOLE = re.compile(r"-?\d+")
_REFS = re.compile(r"\d+( \d+)*")


def type_of(tag: str) -> str:
    """The UIMA type name of an XMI element's tag, as cassis derives it."""
    name = tag[9:].replace("/", ".").replace("ecore}", "").strip()
    return name[17:] if name.startswith("uima.noNamespace.") else name


@dataclass(slots=True)
class _Values:
    """What the values of one feature of one type look like across the file."""

    booleans: bool = True
    wholes: bool = True
    references: bool = True
    several: bool = False
    ids: set[int] = field(default_factory=set)

    def see(self, value: str) -> None:
        self.booleans = self.booleans and value in ("true", "false")
        self.wholes = self.wholes and _WHOLE.fullmatch(value) is not None
        if self.references and _REFS.fullmatch(value):
            refs = value.split()
            self.several = self.several or len(refs) > 1
            self.ids.update(int(r) for r in refs)
        else:
            self.references = False


@dataclass(slots=True)
class Scan:
    """Each element's type and raw offsets, the sofa text, and every feature's values."""

    #: xmi:id → (type name, raw begin, raw end) of the elements that are not CAS internals
    elements: dict[int, tuple[str, int | None, int | None]] = field(default_factory=dict)
    #: type name → feature name → how its values look
    features: dict[str, dict[str, _Values]] = field(default_factory=dict)
    #: types whose elements carry begin and end, or a sofa
    annotations: set[str] = field(default_factory=set)
    bases: set[str] = field(default_factory=set)
    sofa: str | None = None
    _boundaries: dict[int, int] | None = None

    def position(self, utf16: int) -> int | None:
        """The code point at UTF-16 offset ``utf16`` of the sofa, or None if not a boundary."""
        if self._boundaries is None:
            sizes = (2 if ord(c) > 0xFFFF else 1 for c in self.sofa or "")
            self._boundaries = {off: n for n, off in enumerate(accumulate(sizes, initial=0))}
        return self._boundaries.get(utf16)

    def utf16_length(self) -> int:
        return sum(2 if ord(c) > 0xFFFF else 1 for c in self.sofa or "")


def scan(source: IO[bytes]) -> Scan:
    """One pass over an XMI file (``lxml.etree.iterparse``, elements freed as it goes)."""
    found = Scan()
    for _, elem in etree.iterparse(source, events=("end",)):
        tag = elem.tag
        if not isinstance(tag, str) or elem.getparent() is None:
            continue
        if elem.getparent().getparent() is not None:
            continue  # a child element (an array's elements), read with its parent
        if tag in _SKIP_TAGS:
            if tag == CAS_NS + "Sofa" and elem.get("sofaID") == "_InitialView":
                found.sofa = elem.get("sofaString")
            elem.clear()
            continue
        name = type_of(tag)
        attrib = elem.attrib
        raw_id = attrib.get(XMI_NS + "id")
        begin, end = attrib.get("begin"), attrib.get("end")
        if raw_id is not None and raw_id.isdigit():
            found.elements[int(raw_id)] = (
                name,
                int(begin) if begin is not None and _WHOLE.fullmatch(begin) else None,
                int(end) if end is not None and _WHOLE.fullmatch(end) else None,
            )
        if begin is not None and end is not None:
            found.annotations.add(name)
        elif "sofa" in attrib:
            found.bases.add(name)
        features = found.features.setdefault(name, {})
        for key, value in attrib.items():
            if key not in _NOT_FEATURES and isinstance(key, str) and not key.startswith("{"):
                features.setdefault(key, _Values()).see(value)
        elem.clear()
    return found


_RESERVED = {"type": "type_", "self": "self_"}


def complete(system: Any, found: Scan) -> list[str]:
    """Add to ``system`` the types and features ``found`` uses that it lacks; their names."""
    added: list[str] = []
    ids = set(found.elements)
    for name in sorted(found.features):
        if name.startswith("uima.") and not system.contains_type(name):
            continue  # a CAS built-in cassis does not model: left to cassis to refuse
        if not system.contains_type(name):
            supertype = (
                "uima.tcas.Annotation"
                if name in found.annotations
                else "uima.cas.AnnotationBase"
                if name in found.bases
                else "uima.cas.TOP"
            )
            try:
                system.create_type(name, supertypeName=supertype)
            except Exception:  # a name cassis refuses: its elements are reported unread
                continue
            added.append(name)
        kind = system.get_type(name)
        have = {f.name for f in kind.all_features}
        for feature, values in found.features[name].items():
            if feature in have or _RESERVED.get(feature) in have:
                continue
            if values.references and values.ids and values.ids <= ids:
                if values.several:
                    rng, element = "uima.cas.FSArray", "uima.cas.TOP"
                else:
                    rng, element = "uima.cas.TOP", None
            elif values.booleans:
                rng, element = "uima.cas.Boolean", None
            elif values.wholes:
                rng, element = "uima.cas.Integer", None
            else:
                rng, element = "uima.cas.String", None
            try:
                system.create_feature(kind, feature, rng, elementType=element)
            except Exception:  # a built-in type: cassis refuses the file with its reason
                continue
            added.append(f"{name}:{feature}")
    return added


def offset_problem(found: Scan, xmi_id: int) -> Message | None:
    """Why the raw offsets of annotation ``xmi_id`` do not fall on characters, if they don't."""
    _, begin, end = found.elements.get(xmi_id, ("", None, None))
    for what, value in (("begin", begin), ("end", end)):
        if value is None:
            continue
        if found.position(value) is None:
            length = found.utf16_length()
            if not 0 <= value <= length:
                return Message(
                    "{feature} {value} lies outside the text ({length} UTF-16 code units)",
                    feature=what, value=value, length=length,
                )  # fmt: skip
            return Message(
                "{feature} {value} falls inside a character that UTF-16 writes as two units "
                "(a surrogate pair): not a character boundary",
                feature=what, value=value,
            )  # fmt: skip
    return None
