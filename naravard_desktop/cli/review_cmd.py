"""`naravard comment add|list|reply|resolve|reopen` and `naravard status set|list`."""

from __future__ import annotations

import argparse

from naravard_desktop.cli.context import Commands, Context, print_json, refused
from naravard_desktop.core.review.comments import STATUSES, Review, ReviewError, Thread
from naravard_desktop.core.times import local_time


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    comment = Commands(subparsers, common).group("comment", "kommentarer och trådar på frågor")
    p = comment.add("add", "kommentera en fråga; skriver ut kommentarens id", cmd_add, "draft_id", "question")
    p.add_argument("--text", required=True, metavar="T")
    p.add_argument("--quote", metavar="Q", help="ett utdrag ur svaret som kommentaren gäller")
    p = comment.add("list", "lista öppna kommentarer", cmd_list, "draft_id")
    p.add_argument("--json", action="store_true")
    p.add_argument("--include-resolved", action="store_true", help="ta med lösta trådar")
    p.add_argument("--question", metavar="QUESTION", help="bara en fråga")
    p = comment.add("reply", "svara i en tråd", cmd_reply, "draft_id", "comment_id")
    p.add_argument("--text", required=True, metavar="T")
    comment.add("resolve", "markera en tråd som löst", cmd_resolve, "draft_id", "comment_id")
    comment.add("reopen", "öppna en löst tråd igen", cmd_reopen, "draft_id", "comment_id")

    status = Commands(subparsers, common).group("status", "frågornas granskningsstatus")
    p = status.add("set", "sätt status för en fråga", cmd_status_set, "draft_id", "question")
    p.add_argument("status", metavar="STATUS", help=f"{', '.join(STATUSES)} (eller utkast, klar, godkand, behover-andras)")
    p.add_argument("--assignee", metavar="NAME", help="ansvarig (tomt för att ta bort)")
    p = status.add("list", "lista frågornas status", cmd_status_list, "draft_id")
    p.add_argument("--json", action="store_true")
    only = p.add_mutually_exclusive_group()
    only.add_argument("--mine", action="store_true", help="bara mina frågor (ansvarig = --editor eller installationens namn)")
    only.add_argument("--open-comments", action="store_true", help="bara frågor med öppna kommentarer")
    only.add_argument("--not-approved", action="store_true", help="bara frågor som inte är godkända")


def _review(ctx: Context, draft_id: str) -> Review:
    draft, form = ctx.draft_and_form(draft_id)
    return Review(ctx.store, form, draft.id)


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    review = _review(ctx, args.draft_id)
    with refused(ReviewError):
        thread = review.add_comment(args.question, args.text, quote=args.quote)
    print(thread.id)
    return 0


def format_thread(thread: Thread) -> list[str]:
    state = "öppen" if thread.is_open else f"löst av {thread.state_by} {local_time(thread.state_at, seconds=False)}"
    lines = [f"{thread.id[:8]}  fråga {thread.question}  [{state}]  {thread.author} {local_time(thread.created_at, seconds=False)}"]
    if thread.quote:
        lines.append(f"    ”{thread.quote}”{thread.quote_note}")
    lines.extend(f"    {line}" for line in thread.text.splitlines() or [""])
    for reply in thread.replies:
        lines.append(f"    ↳ {reply.author} {local_time(reply.created_at, seconds=False)}:")
        lines.extend(f"      {line}" for line in reply.text.splitlines())
    return lines


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    review = _review(ctx, args.draft_id)
    with refused(ReviewError):
        threads = review.threads(include_resolved=args.include_resolved, question=args.question)
    if args.json:
        print_json({"draft": review.draft_id, "comments": [t.to_json() for t in threads]})
        return 0
    for thread in threads:
        print("\n".join(format_thread(thread)))
    print(f"{len(threads)} kommentar{'' if len(threads) == 1 else 'er'}" if threads else "inga kommentarer")
    return 0


def cmd_reply(ctx: Context, args: argparse.Namespace) -> int:
    review = _review(ctx, args.draft_id)
    with refused(ReviewError):
        reply = review.reply(args.comment_id, args.text)
    print(reply.id)
    return 0


def _set_state(ctx: Context, args: argparse.Namespace, *, resolve: bool) -> int:
    review = _review(ctx, args.draft_id)
    with refused(ReviewError):
        thread = review.resolve(args.comment_id) if resolve else review.reopen(args.comment_id)
    print(f"{thread.id}: {'löst' if resolve else 'öppen'}")
    return 0


def cmd_resolve(ctx: Context, args: argparse.Namespace) -> int:
    return _set_state(ctx, args, resolve=True)


def cmd_reopen(ctx: Context, args: argparse.Namespace) -> int:
    return _set_state(ctx, args, resolve=False)


def cmd_status_set(ctx: Context, args: argparse.Namespace) -> int:
    review = _review(ctx, args.draft_id)
    with refused(ReviewError):
        st = review.set_status(args.question, args.status, assignee=args.assignee)
    assignee = f" (ansvarig: {st.assignee})" if st.assignee else ""
    print(f"fråga {st.question}: {st.status}{assignee}")
    return 0


def cmd_status_list(ctx: Context, args: argparse.Namespace) -> int:
    review = _review(ctx, args.draft_id)
    statuses = review.statuses()
    if args.mine or args.open_comments or args.not_approved:
        if args.mine:
            wanted = set(review.my_questions())
        elif args.open_comments:
            wanted = set(review.questions_with_open_comments())
        else:
            wanted = set(review.not_approved())
        statuses = {n: st for n, st in statuses.items() if n in wanted}
    open_counts = review.open_comment_counts()
    rows = [
        {
            "question": st.question,
            "status": st.status,
            "assignee": st.assignee,
            "status_by": st.status_by,
            "status_at": st.status_at,
            "open_comments": open_counts.get(st.question, 0),
        }
        for st in statuses.values()
    ]
    if args.json:
        print_json({"draft": review.draft_id, "statuses": rows, "counts": review.status_counts()})
        return 0
    for r in rows:
        print(f"{r['question']}\t{r['status']}\t{r['assignee'] or '–'}\t{r['open_comments']} öppna kommentarer")
    counts = review.status_counts()
    print(", ".join(f"{s}: {n}" for s, n in counts.items()))
    return 0
