"""WWW-Authenticate values read by the ABNF of RFC 9110 itself.

The `abnf` package's `rfc9110` module holds the RFC's collected grammar
(Appendix A), which writes its lists in the sender's form, without empty
elements. A recipient MUST accept empty elements (section 5.6.1.2), so the
two list rules are written again here in the recipient's form,
`#element => [ element ] *( OWS "," OWS [ element ] )`; every other rule
(token, token68, quoted-string, OWS, BWS) is the module's.

Reads one value a line on stdin, hex-encoded bytes, and writes one JSON
line for each: the challenges (scheme, token68, params as [name, value]
with quoted strings unescaped), or null when the grammar refuses the
value. The value is matched octet by octet, as latin-1, so that obs-text
is %x80-FF as the RFC means it; values are decoded from UTF-8 afterwards.
Whitespace around the value is stripped first, as a field parser strips
it (section 5.5).
"""

import json
import sys

from abnf.grammars import rfc9110
from abnf.grammars.misc import load_grammar_rules
from abnf.parser import ParseError, Rule


@load_grammar_rules(
    [(name, rfc9110.Rule(name)) for name in ("OWS", "BWS", "token", "token68", "quoted-string")]
)
class Recipient(Rule):
    grammar = [
        'WWW-Authenticate = [ challenge ] *( OWS "," OWS [ challenge ] )',
        'challenge = auth-scheme [ 1*SP ( token68 / [ auth-param ] *( OWS "," OWS [ auth-param ] ) ) ]',
        "auth-scheme = token",
        'auth-param = token BWS "=" BWS ( token / quoted-string )',
    ]


def unquote(text):
    out, at = [], 1
    while at < len(text) - 1:
        if text[at] == "\\":
            at += 1
        out.append(text[at])
        at += 1
    return "".join(out)


def collect(node, challenges):
    if node.name == "challenge":
        challenges.append({"scheme": None, "token68": None, "params": []})
    elif node.name == "auth-scheme":
        challenges[-1]["scheme"] = node.value
        return
    elif node.name == "token68":
        challenges[-1]["token68"] = node.value
        return
    elif node.name == "auth-param":
        value = node.children[-1]
        text = unquote(value.value) if value.name == "quoted-string" else value.value
        challenges[-1]["params"].append([node.children[0].value, text])
        return
    for child in node.children:
        collect(child, challenges)


def utf8(text):
    return None if text is None else text.encode("latin-1").decode("utf-8")


def read(raw):
    try:
        tree = Recipient("WWW-Authenticate").parse_all(raw.decode("latin-1").strip(" \t"))
    except ParseError:
        return None
    challenges = []
    collect(tree, challenges)
    return [
        {
            "scheme": challenge["scheme"],
            "token68": utf8(challenge["token68"]),
            "params": [[name, utf8(value)] for name, value in challenge["params"]],
        }
        for challenge in challenges
    ]


for line in sys.stdin:
    print(json.dumps(read(bytes.fromhex(line.strip()))), flush=True)
