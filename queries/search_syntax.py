"""Turn what a user types into a safe SQLite FTS5 query: quoted phrases and prefix terms only.

Every term is re-quoted by us, so nothing typed can reach FTS5's own syntax (operators, column
filters, NEAR groups); anything we cannot honour becomes a gentle message instead of an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
UNMATCHED_QUOTE = 'Your search has an unmatched quote mark ("). Close the phrase, or remove the quote.'
_WORD = re.compile(r"[^\W_][\w'’-]*", re.UNICODE)


@dataclass(frozen=True)
class Token:
    """One search term: a word, a phrase (several words in order) or a word prefix."""

    text: str
    phrase: bool = False
    prefix: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    match: str | None  # the FTS5 expression, or None when there is nothing to search for
    message: str | None  # a gentle note for the user (ignored parts, or why nothing was searched)
    terms: tuple[str, ...]  # words and phrases as understood, for display
    phrase: str | None = None  # the bare words as one exact phrase, ranked first when they occur together
    tokens: tuple[Token, ...] = ()  # the same terms, for engines other than FTS5


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def parse_query(raw: str) -> ParsedQuery:
    text = (raw or "").strip()
    if not text:
        return ParsedQuery(None, None, ())
    if text.count('"') % 2:
        return ParsedQuery(None, UNMATCHED_QUOTE, ())
    parts: list[str] = []
    terms: list[str] = []
    tokens: list[Token] = []
    ignored: list[str] = []
    for index, chunk in enumerate(text.split('"')):
        if index % 2:  # inside quotes: a phrase
            words = _WORD.findall(chunk)
            if words:
                parts.append(_quoted(" ".join(words)))
                terms.append(f'"{" ".join(words)}"')
                tokens.append(Token(" ".join(words), phrase=True))
            continue
        for token in chunk.split():
            if token in _OPERATORS:
                ignored.append(token)
                continue
            prefix = token.endswith("*")
            words = _WORD.findall(token)
            if not words:
                ignored.append(token)
                continue
            word = " ".join(words)
            if prefix and len(word) < 2:
                ignored.append(token)
                continue
            parts.append(_quoted(word) + ("*" if prefix else ""))
            terms.append(word + ("*" if prefix else ""))
            tokens.append(Token(word, prefix=prefix))
    note = None
    if ignored:
        note = (
            f'Ignored {", ".join(repr(t) for t in ignored)}: search takes words, "quoted phrases" and prefixes '
            "such as supervis*; every word must appear."
        )
    if not parts:
        return ParsedQuery(None, note or "Nothing to search for: type a word or a phrase.", ())
    bare = [term for term in terms if not term.startswith('"') and not term.endswith("*")]
    phrase = _quoted(" ".join(bare)) if len(bare) >= 2 and len(bare) == len(terms) else None
    return ParsedQuery(" ".join(parts), note, tuple(terms), phrase, tuple(tokens))
