"""`chatapp leaderboard`: the models ranked by the arena's votes and the judge's comparisons,
as the Leaderboard window ranks them, printed as a table or as CSV."""

from __future__ import annotations

import argparse
import sys

from chatapp.cli_args import GIVEN
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.i18n import say, translate_count, translate_text

COMMAND = "leaderboard"
T_HEAD = QT_TRANSLATE_NOOP(
    "cli", "rank|model|rating|95% interval|votes|win rate (ties ½)|won/tied/both are bad/lost")
T_SUMMARY = QT_TRANSLATE_NOOP(
    "cli", "{votes} votes · {models} models · a model ranks below another only where their "
    "95% intervals do not overlap")
T_FEW = QT_TRANSLATE_NOOP("cli", "* fewer than {n} votes: the rating can still change a lot")
T_NO_VOTES = QT_TRANSLATE_NOOP(
    "cli", "No votes yet{tag}: vote in an arena round (Compare → Arena…) or let a judge "
           "compare an evaluation's answers (chatapp eval --judge J --pairwise).")
T_NONE_FROM = {
    "people": QT_TRANSLATE_NOOP("cli", "No votes from people yet{tag} (the arena's)."),
    "judge": QT_TRANSLATE_NOOP("cli", "No votes from the judge yet{tag} (an evaluation's "
                               "pairwise comparisons)."),
}
T_ELSEWHERE_JUDGE_ONE = QT_TRANSLATE_NOOP(
    "cli", "The judge has given {count} vote: chatapp leaderboard --source {option} shows it.")
T_ELSEWHERE_JUDGE = QT_TRANSLATE_NOOP(
    "cli", "The judge has given {count} votes: chatapp leaderboard --source {option} shows "
    "them.")
T_ELSEWHERE_PEOPLE_ONE = QT_TRANSLATE_NOOP(
    "cli", "People have given {count} vote: chatapp leaderboard --source {option} shows it.")
T_ELSEWHERE_PEOPLE = QT_TRANSLATE_NOOP(
    "cli", "People have given {count} votes: chatapp leaderboard --source {option} shows "
    "them.")
T_NO_TAG = QT_TRANSLATE_NOOP("errors", "There are no votes under the tag {tag}. Tags: {tags}.")
T_NO_TAGS = QT_TRANSLATE_NOOP("errors", "There are no votes under the tag {tag}: no vote has a "
                              "tag yet.")


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Declare the sub-command and its options."""
    from chatapp.compare.judge import SOURCES

    board = sub.add_parser(COMMAND, help=QT_TRANSLATE_NOOP(
        "cli", "rank the models by arena votes and judge comparisons"))
    board.add_argument("--source", choices=SOURCES, default="people", help=QT_TRANSLATE_NOOP(
        "cli", "whose votes: people's (the arena), the judge's, or both (default: people)"))
    board.add_argument("--tag", type=GIVEN, help=QT_TRANSLATE_NOOP(
        "cli", "only the votes given under this tag (an arena's tag, or an evaluation run's "
        "name as chatapp conversations --all shows it: its config's description or its "
        "prompt file's name)"))
    board.add_argument("--csv", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "print CSV (the columns of the window's export)"))


def run(args: argparse.Namespace) -> int:
    """Print the leaderboard; 0 (also with no votes yet)."""
    from chatapp.catalogue import shown_names
    from chatapp.cli_app import open_app
    from chatapp.compare.judge import board
    from chatapp.compare.ratings import FEW_VOTES, leaderboard_csv, ranks
    from chatapp.compare.votes import tags
    from chatapp.units import table_lines

    with open_app() as app:
        if args.tag is not None:
            known = [t for t in tags(app.store, ("votes", "judgements")) if t]
            if args.tag not in known:
                if not known:
                    raise UserError(T_NO_TAGS, tag=args.tag)
                raise UserError(T_NO_TAG, tag=args.tag, tags=", ".join(known))
        result = board(app.store, args.source, args.tag)
        # the votes the other source has, where the chosen one has none
        elsewhere = {} if result.ratings or args.source == "both" else {
            other: board(app.store, other, args.tag, rounds=0).votes
            for other in ("people", "judge") if other != args.source}
    if args.csv:
        sys.stdout.write(leaderboard_csv(result))
        return 0
    t = lambda text: translate_text("cli", text)  # noqa: E731
    tag = f" ({args.tag})" if args.tag else ""
    given = {source: n for source, n in elsewhere.items() if n}
    if not result.ratings and given:  # (stderr: stdout holds the table only)
        print(t(T_NONE_FROM[args.source]).format(tag=tag), file=sys.stderr)
        for source, n in given.items():
            one, many = ((T_ELSEWHERE_JUDGE_ONE, T_ELSEWHERE_JUDGE) if source == "judge"
                         else (T_ELSEWHERE_PEOPLE_ONE, T_ELSEWHERE_PEOPLE))
            option = source + (f" --tag {args.tag}" if args.tag else "")
            print(translate_count("cli", one, many, n, option=option), file=sys.stderr)
        return 0
    if not result.ratings:
        say(T_NO_VOTES, tag=tag, stderr=True)
        return 0
    shown = shown_names([r.model for r in result.ratings])  # as the pickers name them
    rows = [[str(rank), shown[r.model] + (" *" if r.few_votes else ""),
             f"{r.rating:.0f}", f"{r.low:.0f} – {r.high:.0f}", str(r.votes),
             f"{r.wins / r.votes:.0%}" if r.votes else "–",
             f"{r.won}/{r.tied}/{r.both_bad}/{r.lost}"]
            for rank, r in zip(ranks(result), result.ratings, strict=True)]
    say(T_SUMMARY, votes=result.votes, models=len(result.models))
    print("\n".join(table_lines(T_HEAD, t(T_HEAD), rows, left=1)))
    if any(r.few_votes for r in result.ratings):
        say(T_FEW, n=FEW_VOTES)
    return 0
