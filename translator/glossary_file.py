"""Checks of a `--glossary FILE` beyond its shape (config.load_glossary): a file with no terms
checks nothing, and a term given twice would silently keep only its last English form."""

from __future__ import annotations

from collections.abc import Iterable

import yaml

from .errors import ConfigError

Term = tuple[str, int]  # a source term as written, and its line number in the file (1-based)


def yaml_terms(text: str) -> list[Term] | None:
    """The top-level keys of a YAML glossary with their lines; None when the document is not a
    mapping (config's shape check reports that)."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    if node is None:  # empty, or comments only
        return []
    if not isinstance(node, yaml.MappingNode):
        return None
    return [(str(key.value), key.start_mark.line + 1) for key, _ in node.value
            if isinstance(key, yaml.ScalarNode)]


def tsv_terms(text: str) -> list[Term]:
    """The source terms of a TSV glossary (`term<TAB>English`, # comments) with their lines."""
    terms = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            terms.append((line.split("\t")[0], n))
    return terms


def check_terms(terms: Iterable[Term] | None, label: str) -> None:
    """ConfigError when a glossary file has no terms, or gives one term twice (compared as the
    glossary keeps it: spaces collapsed; case counts, as the check's matching does)."""
    if terms is None:
        return
    first: dict[str, int] = {}
    for term, line in terms:
        key = " ".join(term.split())
        if key in first:
            raise ConfigError(f"{label}: line {line}: the term {key!r} is given twice (first on "
                              f"line {first[key]}); keep one entry")
        first[key] = line
    if not first:
        raise ConfigError(f"{label}: no terms in it (an empty glossary checks nothing)")
