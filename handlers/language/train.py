"""Rebuild the learned parser's model files: ``python -m handlers.language.train``.

One command, no network, fixed seeds: it generates the training rows
(:mod:`handlers.language.trainset`), trains a logistic regression over word and
character n-grams for the intent (scikit-learn, a dev dependency) and a CRF for the
slots (python-crfsuite), and writes ``handlers/language/trained/``. Rerunning it on the
same data gives the same files. ``--holdout`` keeps every tenth generated row out of
training and prints how the model does on it (a quick check, not the evaluation).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from datetime import datetime
from pathlib import Path

import numpy as np

from handlers.language.features import Token, crf_features, intent_features, tokenize
from handlers.language.model import MODEL_DIR
from handlers.language.trainset import (
    Example,
    generate,
    slurp_examples,
    table_examples,
    world_examples,
)

NOW = datetime(2026, 11, 26, 10)
TZ = "Europe/Madrid"
SEED = 13
MIN_COUNT = 2
PRUNE = 0.02  # weights smaller than this on every class are dropped from the export


def typed_spans(text: str) -> list[tuple[int, int, str]]:
    """What the deterministic extractors find (the same call the parser makes)."""
    from handlers.language.learned import typed_spans as spans

    return spans(text, NOW, TZ, "en")


def tokens_of(ex: Example) -> list[Token]:
    return tokenize(ex.text, typed_spans(ex.text))


def bio(tokens: list[Token], slots: list[tuple[int, int, str]]) -> list[str]:
    out: list[str] = []
    for t in tokens:
        label = "O"
        for s, e, lab in slots:
            if s <= t.start < e:
                label = ("B-" if t.start == s or not out or out[-1] == "O" else "I-") + lab
                if t.kind:  # a date inside a span stays with the date extractor
                    label = "O"
                break
        out.append(label)
    return out


def dataset(holdout: bool) -> tuple[list[Example], list[Example]]:
    gen = generate(SEED)
    real = list(table_examples()) + list(slurp_examples())
    world = world_examples(SEED)  # names of many origins (not held out: not the templates' test)
    train = [e for i, e in enumerate(gen) if not (holdout and i % 10 == 0)] + real + world
    held = [e for i, e in enumerate(gen) if holdout and i % 10 == 0]
    return train, held


def train_intent(rows: list[tuple[list[str], str]], out: Path) -> None:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for feats, _ in rows for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    classes = sorted({y for _, y in rows})
    data, ind, ptr = [], [], [0]
    for feats, _ in rows:
        c = Counter(index[f] for f in feats if f in index)
        for j in sorted(c):
            ind.append(j)
            data.append(1.0)
        ptr.append(len(ind))
    x = csr_matrix((data, ind, ptr), shape=(len(rows), len(vocab)))
    y = [classes.index(lab) for _, lab in rows]
    clf = LogisticRegression(C=1.0, max_iter=3000, tol=1e-6)
    clf.fit(x, y)
    w = clf.coef_.T.astype(np.float32)  # (features, classes)
    keep = np.abs(w).max(axis=1) >= PRUNE
    vocab = [f for f, k in zip(vocab, keep, strict=True) if k]
    w = np.round(w[keep], 4)
    out.mkdir(parents=True, exist_ok=True)
    (out / "intent.vocab").write_text("\n".join(vocab), "utf-8")
    with open(out / "intent.npy", "wb") as fh:
        np.save(fh, w)
    meta = {"classes": classes, "bias": [round(float(b), 4) for b in clf.intercept_]}
    (out / "intent.json").write_text(json.dumps(meta, indent=1) + "\n", "utf-8")


def train_slots(rows: list[tuple[list[list[str]], list[str]]], out: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in rows:
        trainer.append(xseq, yseq)
    trainer.set_params(
        {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}
    )
    trainer.train(str(out / "slots.crfsuite"))


def write_first_names(out: Path) -> None:
    """First names of every locale Faker knows (folded), so a bare name can be told from a
    company ("call Bob" is a person, "chase Globex" an account) without a model."""
    import importlib
    import pkgutil

    import faker
    import faker.providers.person as people

    from handlers.language.dates import fold

    names: set[str] = set()
    for mod in sorted(m.name for m in pkgutil.iter_modules(people.__path__)):
        try:
            provider = importlib.import_module(f"faker.providers.person.{mod}").Provider
        except Exception:  # a locale module that needs an extra; its names are not needed
            continue
        for attr in ("first_names", "first_names_male", "first_names_female"):
            v = provider.__dict__.get(attr)
            if isinstance(v, dict | tuple | list):
                names |= {fold(str(n).strip()) for n in v}
    names |= {fold(n) for n in EXTRA_FIRST_NAMES.split()}
    names = {n for n in names if n.replace("-", "").isalpha()} - NOT_FIRST_NAMES
    head = f"# first names from Faker {faker.VERSION} person providers, folded\n"
    (out / "first_names.txt").write_text(head + "\n".join(sorted(names)) + "\n", "utf-8")


# first names of origins Faker's providers miss or spell otherwise (Nigerian, Ghanaian, Kenyan,
# South African, Kazakh, Ukrainian, Basque, Greek in Latin letters, Arabic, Turkish, Chinese,
# Indian, Vietnamese, Korean, Japanese; Chinese and Vietnamese family names too, which come first:
# "Zhang Wei", "Nguyen Van Minh"; none that is an everyday English word: "he", "sun", "ma")
EXTRA_FIRST_NAMES = """
oluwaseun chinedu ngozi emeka tunde folake adaeze olumide amara kofi ama wanjiru sipho thabo
fatou moussa aminata abdullahi chiamaka obinna ifeoma yetunde babajide kwabena akosua nana
yaw abena kwesi njeri wambui kamau otieno achieng zanele lerato thandiwe bongani mandla
yerlan gulnara daniyar asel nurlan aliya bauyrzhan madina aigerim nursultan yerzhan dinara
aizhan askar zhanna saule timur arman erlan ainur oksana olena taras mykola bohdan iryna
yaroslav dmytro andriy mikel amaia ane unai itziar gorka nerea aitor iñaki josu maite
leire ander eneko joseba koldo xabier iker ainhoa garazi oihana ibai julen haizea ekaitz
nahia uxue oier beñat giannis dimitris yiannis katerina nikolaos eleftheria vasilis panagiotis
konstantinos georgios christos athanasios rashid mariam yusuf hamid leila ayesha fatima
mustafa emre burak elif zeynep mehmet xiaoling haruto aiko wei ming jing hui deepika
anjali rahul vikram sunita rohan kavya arvind meera niamh aoife ciarán oisín saoirse
siobhan eitan noa leilani marek zuzana agnieszka piotr solveig ingeborg kjetil eirik sigrid
priyanka anil sanjay rajesh deepak sunil suresh ramesh ganesh kiran manoj ajay vijay nitin
pankaj rakesh sachin sandeep shweta swati rekha geeta anand ashok mahesh prakash rajiv sameer
srinivas venkat abhishek akash ankit ankita kunal mohit rohit saurabh varun naresh dinesh
rajendra subhash sumit ishaan pallavi nandini shalini kavita harsha
zhang wang liu chen huang zhao zhou xu zhu guo luo zheng liang xie deng cao peng zeng xiao
jiang cai qian lei jun hao xin qiang jie ling mei yun hua jian xiang zhi yong
nguyen tran pham hoang huynh phan
chidi obiageli olusegun oluwadamilola nkechi chioma chinwe adebayo femi funmilayo bisi segun
tope wale gbenga kunle ifeanyi uchenna chinonso adaobi yemi bukola dayo kayode temitope
damilola oluwafemi amadou ousmane ibrahima cheikh aissatou fatoumata
faisal saeed abdulaziz majid waleed hamza ayman dmitry yelena yevgeny evgeny vadim
takashi takeshi kenta daisuke yuki minji jisoo hyun jae soo-ah ji-woo seo-yeon rustam giorgos
miren edurne arantxa idoia nekane oihane asier izaskun ibon ainara arrate olatz irati ane
асқар самал нұрлан әлия бекзат айгүл гүлнар данияр мәдина ержан жанар арман айдос айдар
динара ерлан дәурен нұрсұлтан асхат гүлнара айгерім әсел бауыржан ерболат қанат сәуле
мерей аружан нұржан ақбота дина бақыт ербол талғат асель жандос әйгерім гүлмира
asqar aigul aidos aidar nurzhan bekzat samal zhanar
kemi amaka chukwuma olamide dele tolu bola yinka chika seun kehinde taiwo naledi lindiwe sizwe
themba palesa raj ajit hiro haruki yuko ryo shota yuto sota kaito daiki bashir chuka ayo bayo
tayo wole jide dapo lanre yemisi funke tunji ozan xiu thuy duc vikas olusola oladele damola
ebere ugochi adanna somto zodwa thulani mpho kagiso tshepo lesedi refilwe
oleksandr oleksii oleksiy volodymyr serhii serhiy vitalii yurii oleh ihor petro vasyl
mykhailo halyna nataliia tetiana svitlana liudmyla viktoriia kateryna maksym denys yevhen
ayumi keiko kaito yuna naoki satoshi yoko hiroko yumiko akiko tomoko noriko michiko emiko
sachiko haruka riko yui aoi sota yuto riku hinata kaede kazuki kazuo kenichi makoto masato
masaki hideki hideo ichiro taro shota tatsuya tomoya yusuke yuji ryota ryosuke shinji shinya
tetsuya tomohiro kaori megumi misaki nanami natsuki reiko shiori yoshiko chihiro asuka ayaka
ayako fumiko hitomi junko kumiko mayumi takako yukiko hiroki hiroyuki kazuya kenta koichi
moana aroha wiremu tane makana trygve vegard eivind sindre torstein ragnhild tuva
hiro koji daiki haruki dimitra vassiliki kostas panos sotiris thanos olu kemi amaka ayo bayo
tolu funke chika raj raju
"""
# names Faker lists that reps far more often mean as companies
NOT_FIRST_NAMES = frozenset(
    ("tyrell", "orange", "ford", "mercedes", "apple", "amazon", "total", "shell")
)


# function words of the other languages the bot reads: never a record's name on their own
EVERYDAY_OTHER = """
der die das den dem des ein eine einen und oder zu mit von bei für an auf im am um uhr
el la los las lo de del un una y o a al con para por en que se su mi
le les du des une et ou à au aux avec pour chez sur dans ce mon ma
en et ei den det de og eller til med for hos på i om kl min mitt
ο η το τον την τη του της οι τα και με σε στον στην για από
eta edo bat da du dut eta ere bihar gaur
мен бен пен және да де ол бұл ертең бүгін
"""


def write_everyday(out: Path, rows: list[Example]) -> None:
    """Everyday words: every word of the training text outside the name slots, said at least
    twice, that is no name of the entity lists nor a known first name. A word the workspace
    also knows as one record's name ("more", "order", "das") is read as that record only
    when it is not one of these (handlers.language.known)."""
    import re as _re

    from handlers.language import trainset as ts
    from handlers.language.dates import fold

    names: set[str] = set()
    for group in (ts.FIRST, ts.LAST, ts.COMPANY, ts.MULTI_LAST, ts.WORLD_FIRST, ts.WORLD_LAST,
                  ts.WORLD_COMPANY, ts.WORLD_MULTI_LAST):  # fmt: skip
        for name in group:
            names.update(fold(name).split())
    firsts = set((out / "first_names.txt").read_text("utf-8").split())
    counts: Counter[str] = Counter()
    for e in rows:
        text = e.text
        for s, t, label in sorted(e.slots, reverse=True):
            if label != "text":
                text = text[:s] + " " + text[t:]
        text = _re.sub(r"\S+@\S+", " ", text)  # "soren@orsted.dk" says no word
        counts.update(w for w in _re.findall(r"[^\W\d_]+", fold(text)) if len(w) >= 2)
    words = {w for w, n in counts.items() if n >= 2} - names - firsts
    words |= set(EVERYDAY_OTHER.split())
    head = "# everyday words of the training text (not names), folded\n"
    (out / "everyday.txt").write_text(head + "\n".join(sorted(words)) + "\n", "utf-8")


def build(out: Path, holdout: bool = False) -> list[Example]:
    out.mkdir(parents=True, exist_ok=True)
    write_first_names(out)
    train, held = dataset(holdout)
    write_everyday(out, train)
    toks = [tokens_of(e) for e in train]
    train_intent([(intent_features(t), e.intent) for t, e in zip(toks, train, strict=True)], out)
    train_slots(
        [
            (crf_features(t, e.intent), bio(t, e.slots))
            for t, e in zip(toks, train, strict=True)
            if t and e.source != "chat"  # small talk naming people: the classifier's only
        ],
        out,
    )
    print(f"trained on {len(train)} rows -> {out}", file=sys.stderr)
    return held


def check(held: list[Example], out: Path) -> None:
    from handlers.language.model import load, predict_intent, tag_slots

    load.cache_clear()
    ok_i = ok_s = 0
    for e in held:
        t = tokens_of(e)
        intent, _ = predict_intent(t, out)
        ok_i += intent == e.intent
        ok_s += tag_slots(t, e.intent, out) == bio(t, e.slots)
    n = len(held)
    print(f"held out {n}: intent {ok_i / n:.3f}, slots exact {ok_s / n:.3f}")


def score(path: Path) -> dict[str, float]:
    """Fully-right share of a dev file (rows: message, now, tz, lang, expected keys).

    A row is right when every expected key matches; a date, amount or close the row
    does not expect but the parser gives counts as a value read wrong.
    """
    from handlers.language.nlu import parse_message

    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    right = wrong_values = 0
    for r in rows:
        got = parse_message(r["message"], datetime.fromisoformat(r["now"]), r["tz"], r["lang"])
        d = got.to_json_dict()
        exp = r["expected"]
        bad = [k for k, v in exp.items() if d.get(k) != v]
        values = [k for k in ("due", "amount", "close") if d[k] is not None and d[k] != exp.get(k)]
        wrong_values += bool(values)
        if values:
            print(f"  VALUE WRONG {r['message']!r}: " + ", ".join(f"{k}={d[k]!r}" for k in values))
        if bad:
            print(f"  {r['message']!r}: " + ", ".join(f"{k}={d.get(k)!r}≠{exp[k]!r}" for k in bad))
        else:
            right += 1
    n = len(rows)
    print(f"{path.name}: {right}/{n} fully right ({right / n:.1%}), values wrong: {wrong_values}")
    return {"right": right / n, "values_wrong": wrong_values}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    ap.add_argument("--holdout", action="store_true", help="train without 1 in 10, report on it")
    ap.add_argument("--dev", type=Path, action="append", default=[], help="score a dev file")
    args = ap.parse_args(argv)
    if args.dev:
        for path in args.dev:
            score(path)
        return 0
    if args.holdout:
        with tempfile.TemporaryDirectory() as tmp:
            held = build(Path(tmp), holdout=True)
            check(held, Path(tmp))
        return 0
    build(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
