"""The English catalogue: every text the code shows to people, by key."""

from __future__ import annotations

#: What ids of the rule set's ladders, roles, categories and engines are called.
LABELS: dict[str, str] = {
    # levels of the classification and the escalation, and the roles to inform
    "not_sensitive": "not sensitive",
    "attention": "point of attention",
    "sensitive": "administratively sensitive",
    "highly_sensitive": "highly sensitive",
    "none": "case worker handles it",
    "coordinator": "coordinator",
    "manager": "manager (management level)",
    "director": "director",
    "board": "board (competent authority)",
    "accountmanager": "account manager",
    "ambtelijk_opdrachtgever": "official client",
    "portefeuillehouder": "portfolio holder",
    # who does an action
    "medewerker": "case worker",
    "directie": "director",
    # categories of signals
    "algemeen": "general",
    "politiek": "political",
    "juridisch": "legal",
    "financieel": "financial",
    "ruimtelijk": "spatial",
    "handhaving": "enforcement",
    "natuur": "nature",
    "externe_veiligheid": "external safety",
    "gezondheid": "health",
    "milieu": "environment",
    "escalatie": "escalation",
    # the name of the default rule set
    "default": "default",
    # engines
    "durable": "durable-rules",
    "reference": "reference evaluator",
}

#: Headings, words and messages.
MESSAGES: dict[str, str] = {
    # how a whole number groups its thousands (10.000 in Dutch, 10,000 in English)
    "thousands_separator": ",",
    # gevoelig check: the table and Markdown of a result
    "dossier": "Dossier",
    "classification": "Classification",
    "escalation": "Escalation",
    "inform": "Inform",
    "score": "Score",
    "nobody": "nobody",
    "signals": "Signals",
    "signal": "Signal",
    "weight": "Weight",
    "category": "Category",
    "source": "Source",
    "reasons": "Reasons",
    "rule": "Rule",
    "sets": "Sets",
    "because": "Because",
    "open_questions": "Open questions",
    "fact": "Fact",
    "question": "Question",
    "could_raise_to": "Could rise to",
    "worst_case": "If every open question were yes",
    "conflicts": "Conflicts",
    "no_signals": "No signals.",
    "no_reasons": "No rule applies.",
    "no_change": "no change",
    "from_events": "derived from the events in the dossier",
    "no_id": "(no id)",
    "engine": "engine",
    "ruleset": "Rule set",
    "ground": "Ground",
    "open_count": "Open questions",
    "if_all_yes": "if all yes",
    "actions": "Actions",
    "who": "Who",
    "action": "Action",
    "no_actions": "Nothing to do beyond the open questions.",
    "no_actions_escalated": (
        "The rule set names no actions; the escalation above says who takes the matter up."
    ),
    "uncounted": (
        "(n) not counted in the score: a signal that measures the same thing already counts"
    ),
    "peildatum": "assessed on",
    "left_out": "events dated after the assessment date were left out",
    "changed_by": "changed by",
    "disabled": "disabled",
    "by_overlay": "by overlay",
    "conflict_one": (
        "The question '{question}' was answered: {answered}. But {count} event in the dossier "
        "shows: {evidence}. The assessment goes by that."
    ),
    "conflict": (
        "The question '{question}' was answered: {answered}. But {count} events in the dossier "
        "show: {evidence}. The assessment goes by that."
    ),
    # gevoelig rules, rules show, template
    "kind_title_checklist": "Checklist (Annex 3)",
    "kind_title_criterium": "Potential criteria (Annex 3)",
    "kind_title_escalatie": "Escalation agreements",
    "or": "or",
    "and": "and",
    "contains": "contains",
    "unknown": "unknown",
    "informs": "informs",
    "count_signals": "signals",
    "count_headlines": "headline criteria",
    "count_strength": "headline strength",
    "count_strongest": "strongest headline criterion",
    "count_score": "score",
    "count_heaviest": "heaviest signal",
    "id": "id",
    "when": "When",
    "kind_rule": "rule",
    "kind_signal": "signal",
    "valid_from": "valid from",
    "setting": "Setting",
    "value": "Value",
    "bounds": "Bounds",
    "defined": "Defined",
    "above": "above",
    "not_below": "at least",
    "headline": "headline criterion",
    "strength": "strength",
    "only_with": "only with",
    "in_force": "in force",
    "not_in_force": "not in force",
    "choice": "choice",
    "yes": "yes",
    "no": "no",
    "yes_no": "yes/no",
    "list": "list",
    "why": "Why",
    "quote": "Quote",
    "text": "Text",
    "weight_class": "weight class",
    "overlap": "counts once with",
    "overlap_group": "overlap group",
    "to": "to",
    "from": "from",
    "up_to": "up to",
    "handout_intro": (
        "Answer each question yes or no (or the level asked for); leave open what you do not "
        "know: unknown does not count as no."
    ),
    # messages of the commands
    "version": "{program}, version {version}",
    "error_prefix": "gevoelig: error:",
    "internal_error": (
        "gevoelig: internal error: {kind}: {error} (run with --debug for the traceback and "
        "please report it)"
    ),
    "no_json_files": "no *.json files in {paths}",
    "no_cases": "no cases in {paths}",
    "default_ruleset": "the default rule set",
    "validate_summary": "{checked}: {errors} error(s), {warnings} warning(s)",
    # gevoelig serve
    "serve_new_token": "# token for {name} (give it to the client; it is not stored): {token}",
    "serve_needs_extra": (
        "the service needs its extra: pip install 'gevoeligheid[service]' ({error})"
    ),
    "serve_open_loopback": (
        "--open is for a laptop: the page works without API keys and so only on loopback; "
        "leave out --keys and bind to 127.0.0.1"
    ),
    "serve_opening": "gevoelig: opening the page in the browser: {url}",
    "serve_no_browser": "gevoelig: no browser found to open the page in; open it yourself: {url}",
    "serve_bad_origin": (
        "{origin!r} is not an origin; give scheme://host[:port] in lower case without a path "
        "(https://zaken.example.nl), or *"
    ),
    "serve_without_keys": (
        "refusing to serve on {host} without API keys: anyone who can reach it could use it. "
        "Give --keys FILE (make keys with --new-key NAME) or bind to 127.0.0.1"
    ),
    # gevoelig log, check --log
    "replay_what": "name decisions by id, or give --dossier ID or --all",
    "replay_input_of_one": (
        "--input is the original dossier of one decision: name that one decision"
    ),
    "replay_input_unreadable": "cannot read {file} as JSON: {error}",
    "replay_same": "byte for byte the same result ({size} bytes)",
    "replay_input_not_decided_on": (
        "the dossier given is not the one that was decided on: its sha256 differs from the logged "
        "input_sha256"
    ),
    "replay_input_redacted": (
        "the log holds a redacted copy of the input; give the original dossier (--input) to "
        "replay it"
    ),
    "replay_ruleset_unloadable": "the rule set cannot be loaded: {error}",
    "replay_ruleset_unloadable_not_kept": "the rule set cannot be loaded, and {missing}",
    "replay_ruleset_changed": (
        "the rule set loaded now has sha256 {now}, the decision was made with {logged}"
    ),
    "replay_input_refused": "the input is refused now: {error}",
    "replay_differs": "at {where}: logged {logged}, now {now}",
    "replay_only_logged": "at {where}: only in the logged result",
    "replay_only_now": "at {where}: only in the result now",
    "replay_keys_reordered": "at {where}: the keys are in another order",
    "replay_items_differ": "at {where}: {logged} items logged, {now} now",
    "replay_bytes_differ": "the JSON is equal but the bytes differ (number or string formatting)",
    "replay_difference_by_versions": (
        "{difference} (logged by gevoeligheid {logged}, replayed with {now})"
    ),
    "ruleset_not_kept": "the log holds no copy of rule set {sha256}",
    "ruleset_kept_too_large": (
        "the kept copy of rule set {sha256} is larger than {limit} characters"
    ),
    "ruleset_kept_changed": (
        "the kept copy of rule set {sha256} does not match its own sha256: it was changed in the "
        "database"
    ),
    "ruleset_kept_does_not_load": "the kept copy of rule set {sha256} does not load: {error}",
    "ruleset_kept_broken": "the kept copy of rule set {sha256} is broken: {error}",
    "ruleset_kept_other": (
        "the kept copy of rule set {sha256} gives sha256 {now}: it is not that rule set"
    ),
    "replayed": "{same} of {total} decision(s) replayed to the same result",
    "no_such_decision": "no decision {decision} in {log}",
    "exported": "{count} decision(s) exported, redacted",
    "no_retention_period": (
        "no retention period: give --retention-days N or set GEVOELIG_LOG_RETENTION_DAYS"
    ),
    "would_purge": "{count} decision(s) logged before {cutoff} UTC would be removed",
    "log_up_to_date": "{log}: schema up to date",
    # gevoelig log verify, purge (the decision log's chain)
    "verify_ok": "{count} decision(s) checked: each fits the chain; head seq={seq} sha256={sha256}",
    "verify_legacy": "of which {count} from before the chain (only their contents were checked)",
    "verify_failed": "the log was changed: {where}: {problem}",
    "verify_at_entry": "seq {seq} (decision {decision})",
    "verify_at_head": "the head of the chain (seq {seq})",
    "verify_at_purge": "purge record {seq}",
    "verify_hash": (
        "its hash is not that of its contents and the entry before it: the entry was changed"
    ),
    "verify_prev": (
        "it does not continue the entry before it (seq {prev}): an entry was removed, inserted "
        "or swapped"
    ),
    "verify_start": (
        "the first entry does not continue the start of the chain or the last purge's anchor: "
        "entries were removed without a purge record"
    ),
    "verify_no_hash": "it has no chain hash but was logged after the chain began",
    "verify_column": "column {column} is {value}, but the logged result says {expected}",
    "verify_input_hash": "input_sha256 is not the hash of the logged input",
    "verify_result_hash": "result_sha256 is not the hash of the logged result",
    "verify_not_json": "its input or result is not JSON",
    "verify_time": "logged_at {logged_at} is no UTC time (YYYY-MM-DDTHH:MM:SS.ffffffZ)",
    "verify_backdated": (
        "logged at {logged_at}, more than {skew} s before the entry before it ({previous}): "
        "backdated"
    ),
    "verify_tail": (
        "the last entry is seq {last} with hash {sha256}, but the head is seq {seq} with "
        "{head}: the newest entries were removed or replaced"
    ),
    "verify_purge_left": "it says seq {first} to {last} were removed, but seq {seq} is still there",
    "verify_purge_order": (
        "it removed seq {first} to {last}, but an earlier record already went up to seq {before}"
    ),
    "verify_expected": "the expected hash was {expected}, but it is {found}",
    "verify_expected_gone": "this entry is gone and no purge record accounts for it",
    "verify_bad_head": "--expect-head is SEQ:SHA256 (as log verify prints it), not {value!r}",
    "retention_too_long": (
        "a retention period of {days} days reaches back before the year 1: give at most {most} days"
    ),
    "log_not_written": (
        "the decision log could not be written ({error}); stopped after the decisions already "
        "logged"
    ),
    # gevoelig test (ids of rules, signals and levels stay ids; expected and got as the
    # case file writes them)
    # gevoelig schema
    "schema_file_or_result": "--file and --result exclude each other: give one of them.",
    "case_header_case": "case",
    "case_header_result": "result",
    "case_header_where": "where",
    "case_fail": "FAIL",
    "case_error": "error",
    "case_difference": "`{key}`: expected `{expected}`, got `{got}`",
    "case_because": "because {rule}: {because}",
    "case_summary": "{passed} passed, {failed} failed",
    "case_coverage": "coverage: {coverage:.0f}% of rules, signals, actions and levels",
    "case_not_reached": "no case reaches",
    "case_level_not_reached": "no case reaches level",
    "case_below": "coverage {coverage:.0f}% is below --min-coverage {minimum:g}",
    "nothing_named": "no rule, fact, action or setting",
    "did_you_mean": "did you mean",
    "rules_lists_them": "`gevoelig rules` lists them",
    "durable_not_installed": "durable-rules is not installed",
    "durable_does_not_load": "durable-rules does not load ({detail})",
    "reference_evaluated": "evaluated with the reference engine (same results)",
    "install_durable": "Install durable-rules (needs a C compiler) or choose engine reference.",
    "reinstall_with_compiler": "Reinstall gevoeligheid on a machine with a C compiler.",
    # why a command stopped before its end: a signal's name, a lost worker, a
    # closed or failed output
    "stop_SIGINT": "interrupted by SIGINT",
    "stop_SIGTERM": "interrupted by SIGTERM",
    "stop_worker": "a worker process stopped unexpectedly",
    "stop_closed": "the output was closed before everything was written",
    "stop_write": "cannot write the output: {detail}",
    "stopped": "{why}; {count} not evaluated{where}; {written} evaluated{errors}",
    "stopped_count_one": "{left} dossier(s)",
    "stopped_count": "{left} dossier(s)",
    "stopped_count_more_than": "more than {left} dossier(s)",
    "stopped_from": ", from {first} on",
    "stopped_errors": ", {failed} with an error",
    "stopped_at_once": (
        "{why} and stopped at once; the output may end in a partial line; {written} evaluated"
    ),
    # the summary of a batch
    "not_evaluated_one": "{failed} dossier(s) could not be evaluated; {written} evaluated",
    "not_evaluated": "{failed} dossier(s) could not be evaluated; {written} evaluated",
    "escalating_one": "{reached} dossier(s) escalate to {level} or higher",
    "escalating": "{reached} dossier(s) escalate to {level} or higher",
    # the service's query parameters
    "query_unknown": "Unknown query parameter '{name}'; this operation takes: {allowed}.",
    "query_none": "none",
    "query_repeated": "The query parameter '{name}' is given more than once; give it once.",
    "query_bad_date": (
        "?peildatum={value} is not a date YYYY-MM-DD that exists; give e.g. ?peildatum=2026-12-01."
    ),
    # every error of a dossier at once
    "more_errors": "and {count} more error(s) in this dossier (only the first {shown} are listed)",
    # evaluate(str): text is JSON text, never a path
    "text_not_json": "text is read as JSON, and this is no JSON",
    "text_not_json_hint": "read a file with evaluate_file(path) or pass a pathlib.Path",
    # gevoelig serve: the bounds of the service (docs/api.md, "Bounds")
    "service_over_budget": (
        "The service holds too much request data at the moment; try again shortly, or send "
        "smaller batches."
    ),
    "stream_too_long": (
        "The stream ran longer than {seconds} s; send the rest, from the line after 'lines', "
        "in a new request."
    ),
    "header_too_large": "The request line and headers together are larger than {limit} bytes.",
    "invalid_http": "The request is not valid HTTP: its request line or a header cannot be read.",
    "array_empty_body": "The body is empty; a batch is a JSON array of dossiers.",
    "array_expected": (
        "The body is not valid JSON: line {line}, column {column} should hold the '[' of an array."
    ),
    "array_unclosed": (
        "The body is not valid JSON: it ends at line {line}, column {column} before the array "
        "(or a bracket or quote in it) closes."
    ),
    "array_unexpected": (
        "The body is not valid JSON: line {line}, column {column} should hold a comma or ']'; "
        "or a bracket or quote does not close, or the dossier nests more than {depth} levels "
        "deep."
    ),
    "array_item_expected": (
        "The body is not valid JSON: line {line}, column {column} should hold a dossier (no "
        "comma follows the last one)."
    ),
    "array_item_unclosed": (
        "The body is not valid JSON: the bracket or quote at line {line}, column {column} does "
        "not close, or what it holds nests more than {depth} levels deep."
    ),
    "array_item_invalid": (
        "The body is not valid JSON: dossier {index}, at line {line}, column {column}: {what}."
    ),
    "array_item_not_utf8": "not UTF-8 text",
    "array_item_bad_value": (
        "a value JSON does not have (NaN, Infinity, or a number of more than 4,300 digits)"
    ),
    "array_extra": (
        "The body is not valid JSON: something follows the array, at line {line}, column {column}."
    ),
    "array_item_too_large": (
        "Dossier {index} is no complete JSON value within the limit of {limit} bytes for one "
        "dossier: it is larger, or a bracket or quote in it does not close."
    ),
    "item_is_string": "a dossier is a JSON object, not a string",
    "item_is_number": "a dossier is a JSON object, not a number",
    "item_is_null": "a dossier is a JSON object, not null",
    "item_is_boolean": "a dossier is a JSON object, not true or false",
    "item_is_array": "a dossier is a JSON object, not an array",
    "item_string_hint": "the service reads no files: put the dossier itself in the batch",
    "item_not_object_hint": "each item of the batch is one dossier: an object with its facts",
    # next_questions, `gevoelig interview`, the page at / of the service and its training mode
    "answer_yes": "yes",
    "answer_no": "no",
    "answer_none": "none",
    "answer_unknown": "don't know",
    "interview_bad_answer": "'{answer}' is no answer to this question; answer {choices}, or stop",
    "interview_set_choices": "one or more of {words} (with commas), {none} or {unknown}",
    "interview_start": "Interview; every answer is saved at once in {path}. Type stop to stop.",
    "interview_question": "Question {number}",
    "interview_prompt": "Answer ({choices}): ",
    "interview_now": "Now: {outcome}. Highest possible: {worst}.",
    "interview_settled": (
        "The outcome is settled: no answer to an open question can change the classification "
        "or escalation any more."
    ),
    "interview_nothing_left": (
        "There is nothing left to ask; the questions answered 'don't know' stay open and could "
        "still raise the outcome."
    ),
    "interview_stopped": "Stopped on request; the open questions could still raise the outcome.",
    "interview_saved": "Saved in {path} ({count} answer(s) in this interview).",
    "interview_interrupted": (
        "gevoelig: interview interrupted; the {count} answer(s) are saved in {path}"
    ),
    # training courses
    "course_error": "{path}: {what}",
    "course_unreadable": "the course file cannot be read ({why}); check the path",
    "course_too_large": (
        "the course file is larger than {limit} bytes; a course only names the dossier files"
    ),
    "course_not_yaml": "not valid YAML: {why}",
    "course_shape": "a course is an object with 'items': a list of {{dossier: FILE, note: ...}}",
    "course_too_many": "a course has at most {limit} items",
    "course_item_shape": "item {number} has no 'dossier: FILE.json'",
    "course_item_not_json": "item {number}: '{name}' is not a .json file",
    "course_item_bad": "item {number}: the dossier cannot be read: {why}",
    "course_item_not_object": "item {number}: the dossier is not a JSON object",
    "course_text": (
        "a title or note (item {number}; 0 is the title) is text or {{nl: ..., en: ...}}"
    ),
    # the page at /
    "page_title": "Administrative sensitivity: checklist",
    "page_intro": (
        "Answer what you know; leave 'don't know' where you do not: unknown does not count as "
        "no, but as an open question. The result stands beside the form and follows your "
        "answers."
    ),
    "page_skip": "Skip to the content",
    "page_nav": "Sections",
    "page_nav_checklist": "Checklist",
    "page_nav_interview": "Interview",
    "page_nav_training": "Training",
    "page_nav_api": "API",
    "page_other_language": "English",
    "page_example": "Example dossier",
    "page_load": "Load example",
    "page_dossier": "Dossier",
    "page_field_id": "Reference",
    "page_field_title": "Title",
    "page_field_competent_authority": "Competent authority",
    "page_field_task": "Task",
    "page_field_peildatum": "Assessment date",
    "page_set_some": "yes, namely:",
    "page_show_quote": "show the quote from the Handreiking",
    "page_events": "Events",
    "page_events_hint": (
        "Dated events are evidence: they can only raise a fact. Leave the type empty to skip a row."
    ),
    "page_event_number": "Event {number}",
    "page_event_type": "Type",
    "page_event_date": "Date",
    "page_event_detail": "Detail",
    "page_evaluate": "Evaluate",
    "page_interview_from_here": "Interview from these answers",
    "page_report": "Printable report",
    "page_download": "Download dossier (JSON)",
    "page_result": "Result",
    "page_error": "The dossier is not valid",
    "page_worst_case": "If every open question were yes",
    "page_settled": (
        "The result is settled: no answer to the {count} open question(s) can change the "
        "classification or escalation."
    ),
    "page_not_settled": (
        "Not settled yet: answers to the {count} open question(s) can raise the result."
    ),
    "page_report_title": "Administrative sensitivity report",
    "page_answers": "Answers given",
    "page_bad_dossier": "This interview's dossier cannot be read; start again.",
    # the interview on the page
    "page_interview_title": "Interview: the next best question",
    "page_interview_intro": (
        "One question at a time: always the question whose answer could change the result "
        "most. Each answer says what it would give."
    ),
    "page_question_number": "Question {number}:",
    "page_would_give": "gives",
    "page_answer": "Answer",
    "page_stop": "Stop here",
    "page_open_in_checklist": "Open in the checklist",
    # training
    "page_training_title": "Training",
    "page_course_items": "Dossiers of the course",
    "page_dossier_answers": "The answers in this dossier",
    "page_dossier_unknown": "Not answered ({count})",
    "page_answer_column": "Answer",
    "page_training_first": (
        "Assess it yourself first: how sensitive is this dossier, to whom does it escalate and "
        "who must be informed?"
    ),
    "page_training_choose": "Choose a classification and an escalation.",
    "page_training_check": "Compare with the rules",
    "page_training_comparison": "Your assessment and the rules'",
    "page_training_yours": "You",
    "page_training_library": "The rules",
    "page_training_verdict": "Difference",
    "page_same": "the same",
    "page_lower": "you assessed lower",
    "page_higher": "you assessed higher",
    "page_why_classification": "Why the rules reach this classification",
    "page_why_escalation": "Why the rules reach this escalation",
    "page_why_inform": "Why the rules have these people informed",
    "page_no_rule_sets": (
        "No rule sets this: it is the lowest level, because no checklist item gives a signal."
    ),
    "page_checklist_items": "Checklist items",
    "page_next_item": "Next dossier",
    "page_change_one": "Change one answer",
    "page_change_pick": "Question and new answer",
    "page_change_show": "Show the effect",
    "page_before": "Now",
    "page_after": "With this answer",
    "page_no_difference": "This answer does not change the result.",
    # /v1/docs
    "page_docs_title": "The gevoeligheid API",
    "page_docs_intro": "The operations of the service; the whole contract (OpenAPI 3.1) is in",
    "page_docs_method": "Method",
    "page_docs_path": "Path",
    "page_docs_summary": "What it does",
    # the periodic meeting: `gevoelig report`, `timeline`, `diff` and `log impact`
    "meeting_one_folder": "give at most one rule set folder; the other paths are overlay files",
    "meeting_logged_rules": "the rules each decision was made by",
    "meeting_compared": "Compared: {base} with {new}, peildatum {peildatum}",
    "meeting_own_day": "each dossier's own",
    "meeting_part_classification": "classification",
    "meeting_part_escalation": "escalation",
    "meeting_part_inform": "inform",
    "meeting_part_actions": "actions",
    "meeting_change": "Change",
    "meeting_rules": "Rules that make the difference",
    "meeting_summary": "{compared} dossiers compared: {changed} change, {skipped} not re-run",
    "meeting_not_rerun": "Not re-run ({count}):",
    "impact_reason_redacted": (
        "the log holds a redacted input; re-run it from the case system's own dossier"
    ),
    "impact_reason_ruleset_not_kept": (
        "the log does not keep this decision's rules, and their files no longer give the same "
        "sha256"
    ),
    "impact_reason_refused": "refused",
    "impact_why": "Why not",
    "feedback_accepted": "accepted",
    "feedback_overridden": "overridden",
    "impact_before": "Was",
    "impact_after": "Becomes",
    "timeline_already": (
        "Administratively sensitive already on the first day of the timeline, {day}: by the "
        "facts without a date or earlier events."
    ),
    "timeline_before_rules": (
        "Events before {day}, when no version of the rules that knows every fact of this "
        "dossier was in force yet, count but get no day of their own."
    ),
    "impact_title": "Impact of other rules",
    "report_title": "Administratively sensitive dossiers: agenda of the periodic meeting",
    "report_meta": "Made on {day}, {count} dossiers.",
    "report_since": "Changes since {since}.",
    "report_counts": "Counts",
    "report_classification": "Classification",
    "report_escalation": "Escalation",
    "report_number": "Number",
    "report_agenda": "To discuss: sensitive dossiers, highest first",
    "report_agenda_empty": (
        "No dossier is administratively sensitive or goes to the manager or higher."
    ),
    "report_no_authority": "Without competent authority",
    "report_inform": "Inform",
    "report_nobody": "nobody",
    "report_could_rise": "Open questions to chase: the worst case lies higher",
    "report_could_rise_none": "No dossier has an open question that could raise its level.",
    "report_now": "Now",
    "report_worst": "If every open question is yes",
    "report_raising": "Questions that raise the level",
    "report_more": "and {count} more",
    "report_changes": "Changed since the last meeting",
    "report_changes_need_log": (
        "Give --log and --since to see what changed and how the advice was followed."
    ),
    "report_changes_none": "No dossier changed level.",
    "report_new": "new",
    "report_logged": "Logged",
    "report_before": "Was",
    "report_after": "Became",
    "report_feedback": "The advice and the people",
    "report_feedback_counts": "{accepted} times accepted, {overridden} times overridden.",
    "report_ladder": "Ladder",
    "report_chosen": "Level chosen",
    "report_no_matplotlib": (
        "the charts need matplotlib: pip install 'gevoeligheid[report]' (or choose -f markdown)"
    ),
    "report_files_or_log": "give dossier files or --log, one of the two",
    "report_since_needs_log": "--since works only with --log: the changes are in the log",
    "timeline_title": "Timeline {name}",
    "timeline_became": "Administratively sensitive since {day}.",
    "timeline_never": "Not administratively sensitive on any of the days.",
    "timeline_chart": "Level per day",
    "timeline_recorded": "recorded escalation",
    "timeline_day": "Day",
    "timeline_inform": "Inform",
    "timeline_score": "Score",
    "timeline_version": "Rule set",
    "timeline_first": "First reached",
    "timeline_level": "Level",
    "timeline_escalaties": "In time? (up to {days} days after the advice)",
    "timeline_what": "Level or role",
    "timeline_asked": "Advised",
    "timeline_done": "Recorded",
    "timeline_verdict": "Verdict",
    "timeline_verdict_in_time": "in time",
    "timeline_verdict_late": "late",
    "timeline_verdict_not_recorded": "not recorded",
    "timeline_verdict_not_asked": "not advised",
    "timeline_feedback": "What the people did with the advice",
    "timeline_chosen": "Chosen",
    "timeline_role": "By",
    "timeline_reason": "Why",
    "timeline_informed": "Informed",
    # the frame of an error's line, and why a file cannot be read
    "error_expected": " (expected {expected})",
    "error_suggestion": "; did you mean '{suggestion}'?",
    "os_not_found": "{reason}",
    "os_permission": "{reason}",
    "os_is_a_directory": "{reason}",
    "os_read_error": "{reason}",
    # errors, by the module that raises them
    # dossier
    "dossier_input_limit_bytes": "the input is more than the limit of {max_dossier_bytes} bytes",
    "dossier_file_too_large_hint": ("a dossier is a few kilobytes; is this the right file?"),
    "dossier_peildatum_date": "'peildatum' must be a date, not {value}",
    "date_or_null_expected": "a date YYYY-MM-DD, or null for today",
    "dossier_text_lone_surrogate_half": (
        "text with a lone surrogate (a half of a UTF-16 pair) that cannot be written as UTF-8"
    ),
    "dossier_remove_character_write_both_hint": (
        "remove that character, or write both halves of the pair"
    ),
    "dossier_text": "'{key}' must be text, not {value}",
    "dossier_string_null_expected": "a string or null",
    "dossier_write_quotes_hint": 'write it in quotes: "{value}"',
    "dossier_text_limit_bytes": "the text is more than the limit of {max_dossier_bytes} bytes",
    "dossier_input_too_large_hint": ("a dossier is a few kilobytes; is this the right input?"),
    "dossier_input_empty": "the input is empty",
    "dossier_json_object_such_expected": 'a JSON object such as {{"facts": {{}}}}',
    "dossier_gevoelig_template_writes_blank_hint": "`gevoelig template` writes a blank dossier",
    "json_trailing_comma": (
        "invalid JSON at line {line}, column {column}: a comma after the last item"
    ),
    "dossier_remove_comma_json_allows_hint": "remove that comma; JSON allows none before }} or ]",
    "dossier_dossier_json_object": "a dossier must be a JSON object, not {data}",
    "dossier_wrap_facts_object_json_hint": (
        "wrap the facts in an object; a JSON Lines file holds one object a line"
    ),
    "dossier_yes_fact_valid_value": (
        "'{fact_id}' is a yes/no fact: {value} is not a valid value for it"
    ),
    "dossier_true_false_null_expected": "true, false or null",
    "dossier_list": "'{fact_id}' must be a list, not {value}",
    "dossier_escalaties_list_most_objects": (
        "'escalaties' must be a list of at most {max_events} objects"
    ),
    "dossier_utf_text_byte_x": "not UTF-8 text (byte 0x{raw_error_start:02x} on line {line})",
    "dossier_save_file_utf_hint": "save the file as UTF-8",
    "dossier_invalid_json": "invalid JSON: {what}",
    "dossier_key_occurs_once_object": "key '{duplicate}' occurs more than once in this object",
    "dossier_keep_second_value_would_hint": (
        "keep one: a second value would silently replace the first"
    ),
    "dossier_text_characters": "text of {count_value} characters, more than {max_text}",
    "dossier_keep_long_story_x_hint": "keep the long story in x-toelichting",
    "dossier_facts_object": "'facts' must be an object, not {data}",
    "facts_object_expected": '{{"fact_id": value, ...}}',
    "dossier_name_each_fact_gevoelig_hint": "name each fact: `gevoelig template` writes them all",
    "fact_word_not_allowed": "'{fact_id}' does not take {word}",
    "dossier_use_listed_words_hint": "use the listed words",
    "dossier_listed_twice": "'{word}' is listed twice",
    "dossier_list_each_word_once_hint": "list each word once",
    "dossier_events_list": "'events' must be a list, not {data}",
    "dossier_events_limit": "{count_data} events, more than the limit of {max_events}",
    "dossier_keep_events_dossier_only_hint": "keep the events of this dossier only",
    "dossier_event_object": "an event must be an object, not {item}",
    "event_object_expected": '{{"type": ..., "datum": "YYYY-MM-DD"}}',
    "dossier_escalation_object_datum_level": (
        "an escalation is an object with a datum and a level, a role or both"
    ),
    "dossier_lies_after_today": "{value} lies after today, {today_isoformat}",
    "dossier_date_which_happened_expected": "the date on which it happened",
    "dossier_check_year_hint": "check the year",
    "dossier_cannot_read_file": "cannot read the file: {error_strerror}",
    "dossier_check_path_permissions_hint": "check the path and its permissions",
    "dossier_date_calendar": "{value} is not a date in the calendar",
    "date_expected": "a date YYYY-MM-DD",
    "dossier_check_day_month_hint": "check day and month",
    "dossier_event_field": "a '{kind}' event has no field '{key}'",
    "key_value_not_allowed": "'{key}' does not take {value}",
    "dossier_use_listed_words_lowest_hint": "use one of the listed words, lowest first",
    "dossier_event_needs": "a '{kind}' event needs '{key}'",
    "dossier_add_listed_words_hint": 'add "{key}": one of the listed words',
    "dossier_key_string": "key {key} is not a string",
    "dossier_json_object_keys_text_hint": "JSON object keys are text",
    "dossier_unknown_fact": "unknown fact '{key}'",
    "dossier_gevoelig_template_lists_every_hint": "`gevoelig template` lists every fact id",
    "dossier_true_false": "'{key}' must be true or false, not {value}",
    "dossier_true_false_expected": "true or false",
    "dossier_json_number": "{value} is not a JSON number",
    "dossier_use_plain_number_null_hint": "use a plain number or null",
    "dossier_number_too_many_digits": "a number with too many digits",
    "dossier_python_json_value": "a Python {name} is not a JSON value",
    "dossier_object_array_string_number_expected": (
        "an object, array, string, number, true, false or null"
    ),
    "dossier_convert_first_list_set_hint": (
        "convert it first: a list for a set or tuple, an ISO date string for a date"
    ),
    # conditions
    "conditions_unknown_condition": "unknown condition '{shown}'",
    "conditions_use_hint": "use one of {join_choices}",
    "conditions_condition_mapping_such": "a condition must be a mapping such as {{fact: ID}}",
    "conditions_condition_key": "a condition has one key, this one has {count_keys}: {shown}",
    "conditions_wrap_several_conditions_any_hint": "wrap several conditions in any: or all:",
    "conditions_takes": "'{key}' takes one of {choices}",
    "conditions_text_hint": "not {value}",
    "conditions_only_action_may_ask": "only an action may ask whether a fact is unknown",
    "conditions_rule_unknown_fact_would_hint": (
        "a rule on an unknown fact would lower its outcome once the fact is answered"
    ),
    "conditions_unknown_fact": "unknown fact '{shown}'",
    "unknown_fact_hint": "use a fact of facts.yaml",
    "conditions_takes_whole_number_from": "'{key}' takes a whole number from {low} to {high}",
    "unknown_fact_add_hint": "use a fact of facts.yaml or add it",
    "conditions_use_least_contains_both": "use at_least or contains, not both",
    "conditions_least_graded_fact_contains_hint": (
        "at_least is for a graded fact, contains for a list"
    ),
    "conditions_rule_defined_twice": "rule '{rule_id}' is defined twice",
    "conditions_first_hint": "first at {first}",
    "conditions_unexpected_key_s_fact": "unexpected key(s) {extra} in a fact condition",
    "conditions_fact_condition_takes_fact_hint": (
        "a fact condition takes fact, at_least or contains"
    ),
    "conditions_takes_non_empty_list": "'{key}' takes a non-empty list of conditions",
    "conditions_e_g_hint": "e.g. {example}",
    "conditions_headline_takes_name_such": "'headline' takes a name such as H1",
    "conditions_name_headline_rule_sets_hint": "name a headline that a rule sets with headline:",
    "conditions_graded_so_least_does": "'{fact_id}' is not graded, so at_least does not apply",
    "condition_true_is_default_hint": "leave it out: {{fact: ID}} means true",
    "conditions_grade_above_lowest": "'{shown}' is not a grade of '{fact_id}' above the lowest",
    "choose_from_hint": "use {choices}",
    "conditions_list_so_contains_does": "'{fact_id}' is not a list, so contains does not apply",
    "condition_true_is_default_or_grade_hint": (
        "leave it out: {{fact: ID}} means true, or use at_least for a grade"
    ),
    "conditions_word": "'{shown}' is not a word of '{fact_id}'",
    "conditions_headline_set_two_rules": "headline {rule_headline} is set by two rules",
    "conditions_also_hint": "also by '{other}'",
    "conditions_headline_rule_counts_signals": (
        "headline rule '{rule_id}' counts signals, headlines or the score"
    ),
    "conditions_headline_criterion_condition_facts_hint": "a headline criterion must be a condition on facts",  # noqa: E501
    "conditions_rule_refers_headline_which": (
        "rule '{rule_id}' refers to headline {name}, which no rule defines"
    ),
    "conditions_headlines_defined_hint": "the headlines defined are {known}",
    # definitions
    "bool_fact_with_values": "a bool fact takes no values",
    "bool_fact_with_values_hint": "remove 'values' or use type grade",
    "grade_too_few_words": "a grade needs at least two words, lowest first",
    "grade_too_few_words_hint": "e.g. [geen, lokaal, landelijk]",
    "set_fact_without_values": "a set fact needs its list of words in 'values'",
    "set_fact_without_values_hint": "e.g. values: [bestuurlijk, juridisch]",
    "weight_missing": "no weight for {missing}",
    "weight_missing_hint": "give every word above the lowest a weight",
    "outcome_condition_mixed": (
        "a condition on the outcome (classification_at_least, escalation_at_least, informs) "
        "cannot be mixed with conditions on facts or counts"
    ),
    "outcome_condition_mixed_hint": "write it as a rule of its own",
    "strength_without_headline": "only a headline rule has a strength",
    "strength_without_headline_hint": (
        "add headline: H1 (or another) or leave strength and stronger out"
    ),
    "unknown_weight_class": "unknown weight class '{shown}'",
    "unknown_weight_class_hint": "use {choices} (weight_classes in ruleset.yaml)",
    "not_a_word_of_fact": "'{shown}' is not a word of '{entry_id}'",
    "bool_fact_weight_not_number": "a bool fact's weight is one number",
    "bool_fact_weight_not_number_hint": "e.g. weight: 2",
    "not_a_weighing_word_of_fact": "'{shown}' is not a word of this fact that can weigh",
    "stronger_headline_not_on_facts": "a stronger headline is a condition on facts",
    "stronger_headline_not_on_facts_hint": "name facts, not counts or the outcome",
    "setting_bounded_by_unknown": ("setting '{name}' is bounded by '{other}', which is no setting"),
    "unknown_setting_hint": "name a setting of ruleset.yaml",
    "grade_weight_decreases": "weight of '{higher}' is lower than of '{lower}'",
    "grade_weight_decreases_hint": (
        "a higher grade must never weigh less (docs/policy.md, rule 9)"
    ),
    "unknown_setting": "unknown setting '{given}'",
    "unknown_setting_or_number_hint": ("name a setting of ruleset.yaml or give a number"),
    # rules
    "rules_rule_set_folder": "not a rule set folder",
    "rules_hold_version_folders_do_hint": (
        "it must hold {join_rule_files}, or version folders that do"
    ),
    "rules_version_rule_set_force": "no version of this rule set is in force on {day_isoformat}",
    "rules_earliest_valid_from_choose_hint": (
        "the earliest is valid from {earliest}; choose a later --peildatum"
    ),
    "rules_earliest_valid_from_data_hint": (
        "the earliest is valid from {earliest}; choose a later peildatum"
    ),
    "later_peildatum_data_hint": "choose a later peildatum",
    "rules_source_text_holds_control": (
        "the source text {name} holds a control character on its line {line}"
    ),
    "rules_save_source_document_plain_hint": "save the source document as plain text",
    "rules_versions_both_valid_from": (
        "the versions {first_name} and {second_name} are both valid from {start_isoformat}"
    ),
    "rules_give_each_version_own_hint": "give each version its own valid_from",
    "rules_option_choice": "'{shown}' is not an option of choice '{name}'",
    "rules_use_hint": "use {known}",
    "rules_source_text_utf_text": "the source text {name} is not UTF-8 text",
    "rules_name_plain_text_source_hint": (
        "name the plain text of the source document, saved as UTF-8"
    ),
    "rules_fact_defined_twice": "fact '{facts_id}' is defined twice",
    "rules_action_defined_twice": "action '{entry_id}' is defined twice",
    "rules_unknown_role": "unknown role '{shown}'",
    "rules_applies_only_which_choice": (
        "{what} applies only with {name} = {option}, which is no choice of the rule set"
    ),
    "rules_choices_hint": "the choices: {known}",
    "rules_cannot_read_folder": "cannot read the folder: {error_strerror}",
    "rules_check_permissions_hint": "check its permissions",
    "rules_overlap_group_names_which": (
        "overlap group '{group_id}' names '{fact_id}', which is no signal"
    ),
    "rules_name_fact_facts_yaml_hint": "name a fact of facts.yaml that has a signal",
    "rules_two_overlap_groups": "'{fact_id}' is in two overlap groups, '{first}' and '{group_id}'",
    "rules_fact_counts_once_put_hint": "a fact counts once: put it in one group",
    "rules_field_event_already": "'{flag}' is a field of event '{event_type}' already",
    "rules_give_flag_name_own_hint": "give the flag a name of its own",
    "rules_unknown_fact": "unknown fact '{fact_id}'",
    "rules_use_highest_window_days": "use one of highest, window or days_at_least",
    "rules_highest_takes_field_s_hint": (
        "highest takes a field's highest word for a graded fact; window and days_at_least "
        "count events for a yes/no fact"
    ),
    "derive_unknown_within_setting": "unknown setting '{within}'",
    "rules_bool_fact": "'{fact_id}' is not a bool fact",
    "rules_derive_graded_fact_highest_hint": (
        "derive a graded fact with highest: FIELD; presence and windows derive yes/no facts"
    ),
    "rules_event_field": "event '{shown}' has no field '{field}'",
    "rules_fields_hint": "its fields: {known}",
    "rules_words_grades": "the words of '{field}' are not grades of '{fact_id}'",
    "rules_give_words_hint": "give '{field}' words of {grades}",
    "rules_needs_word_flag_event": "'{word}' needs a word of '{field}' and a flag of the event",
    "rules_words_flags_hint": "words: {join_fields_field}; flags: {join_entry_get_flags_or}",
    "rules_grade_below": "'{otherwise}' is not a grade of '{fact_id}' below '{word}'",
    "rules_grades_hint": "grades: {join_fact_values}",
    "window_unknown_setting": "unknown setting '{name}'",
    # overlay
    "overlay_overlay_applied_twice": "overlay '{name}' is applied twice",
    "overlay_name_each_overlay_once_hint": "name each overlay once",
    "overlay_overlay_valid_from_after": (
        "overlay '{name}' is valid from {start}, after the peildatum {on}"
    ),
    "overlay_choose_later_peildatum_leave_hint": (
        "choose a later --peildatum or leave the overlay out"
    ),
    "overlay_choice_option": "no choice '{key}' with the option '{entry_value}'",
    "overlay_fact_exists_already": "fact '{entry_id}' exists already",
    "overlay_overlay_adds_new_facts_hint": (
        "an overlay adds new facts; change a weight under signals:"
    ),
    "overlay_signal_change": "no signal '{shown}' to change",
    "overlay_rule_change": "no rule '{shown}' to change",
    "overlay_gevoelig_rules_lists_rule_hint": "`gevoelig rules` lists the rule ids",
    "overlay_rule_exists_already": "rule '{entry_id}' exists already",
    "overlay_change_under_change_give_hint": (
        "change it under change:, or give the new rule its own id"
    ),
    "overlay_setting_change_rule_overlay": (
        "no setting '{shown}' to change, and no rule of this overlay uses it"
    ),
    "overlay_gevoelig_rules_lists_settings_hint": (
        "`gevoelig rules` lists the settings; a new setting needs a rule that names it"
    ),
    "overlay_rule_signal_disable": "no rule or signal '{shown}' to disable",
    "overlay_gevoelig_rules_lists_rules_hint": "`gevoelig rules` lists the rules and signals",
    # yamlfile
    "rule_file_too_large": "the file is more than the limit of {limit} bytes",
    "rule_file_too_large_hint": ("a rule file is a few dozen kilobytes; is this the right file?"),
    "rule_file_missing_hint": "check the path",
    "rule_file_control_character": "a control character ({code}) in column {column}",
    "rule_file_control_character_hint": (
        "a rule file is plain text: remove it (a NUL byte is often a file saved as UTF-16)"
    ),
    "rule_file_not_regular": "not a regular file (a folder, a pipe or a device)",
    "rule_file_not_regular_hint": "name a YAML file",
    "rule_file_not_utf8": "not UTF-8 text",
    # compile
    "rule_conditions_over_limit": (
        "rule '{rule_id}' has more than {max_condition_size} conditions once its headline "
        "references are written out"
    ),
    "rule_conditions_over_limit_hint": (
        "name each headline once, or write the facts out in one 'any'"
    ),
    "rule_alternatives_over_limit": (
        "rule '{rule_id}' has more than {max_alternatives} alternatives (an 'all' of 'any's "
        "counts every combination: all of ten anys of three facts is 59,049)"
    ),
    "rule_alternatives_over_limit_hint": (
        "split it into several rules that set the same levels, each with fewer 'any's inside "
        "its 'all'"
    ),
    "rule_strength_combinations_over_limit": (
        "rule '{rule_id}' stands for more than {max_strength_combinations} combinations of "
        "headline strengths"
    ),
    "rule_strength_combinations_over_limit_hint": (
        "give fewer headlines a strength, or compare with a smaller number"
    ),
    # cases
    "case_file_missing": "no such case file or folder",
    "case_file_missing_hint": "give a YAML file of cases or a folder of them",
    # engine
    "engine_rules_engine_cannot_hold": (
        "the rules engine cannot hold this rule set (durable-rules error code "
        "{limit_group_1}): too many rules share the same facts"
    ),
    # replay
    "replay_overlay_log_names_regular": (
        "the overlay the log names is not a regular file (a pipe, a device or missing)"
    ),
    "replay_give_overlay_overlay_hint": "give the overlay with --overlay",
    # dossier (by hand)
    "dossier_too_many_digits": "a number with too many digits",
    "dossier_plain_number_hint": "use a plain number or null",
    "dossier_too_deep": "nested too deeply (more than {limit} levels)",
    "dossier_too_deep_hint": "a dossier is a flat object of facts and events",
    "dossier_invalid_json_at": "invalid JSON at line {line}, column {column}: {problem}",
    "dossier_invalid_json_at_hint": "check commas, quotes and brackets near that place",
    "dossier_unknown_key": "unknown key '{key}'",
    "dossier_unknown_key_hint": "put your own data under a key that starts with x-",
    "dossier_or_own_key": "{choices} or x-...",
    # dossier (by hand): what a fact takes, JSON types and the JSON decoder's complaints
    "dossier_not_yes_no": "'{fact_id}' is a yes/no fact: {value} is not a valid value for it",
    "dossier_true_false_null": "true, false or null",
    "dossier_quoted_yes_no_hint": (
        "write true or false without quotes, or null when it is not known"
    ),
    "dossier_yes_no_hint": "a yes/no fact takes true or false, or null when it is not known",
    "dossier_not_a_value": "'{name}' does not take {value}",
    "dossier_listed_words_hint": "use one of the listed words, lowest first",
    "dossier_not_a_list": "'{fact_id}' must be a list, not {value}",
    "dossier_not_a_list_hint": 'e.g. ["{first}"]; an empty list means none',
    "dossier_event_needs_type": "an event needs a 'type'",
    "dossier_unknown_event_type": "unknown event type {kind}",
    "dossier_event_needs_datum": "an event needs a 'datum'",
    "dossier_datum_not_a_date": "'datum' must be a date, not {value}",
    "dossier_datum_expected": "a date YYYY-MM-DD, e.g. 2026-10-03",
    "dossier_grade_values": "{words} or null",
    "dossier_set_values": "a list of {words} (or null)",
    "json_null": "null",
    "json_boolean": "a boolean",
    "json_number": "a number",
    "json_string": "a string",
    "json_array": "an array",
    "json_object": "an object",
    "json_expecting_value": "Expecting value",
    "json_expecting_comma": "Expecting ',' delimiter",
    "json_expecting_colon": "Expecting ':' delimiter",
    "json_expecting_name": "Expecting property name enclosed in double quotes",
    "json_unterminated_string": "Unterminated string starting at",
    "json_extra_data": "Extra data",
    "json_control_character": "Invalid control character at",
    "json_invalid_escape": "Invalid \\escape",
    "json_other": "{message}",
    # conditions (by hand)
    "rules_format_hint": "see docs/rules.md for the rule file format",
    "conditions_headline_itself": "headline {name} refers to itself",
    "conditions_headline_circle": "headlines refer to each other in a circle: {chain}",
    "conditions_headline_chain": "a chain of more than {limit} headline references: {chain}",
    "conditions_headline_chain_hint": (
        "a headline criterion must come down to facts: write the facts instead of one of the "
        "references"
    ),
    "conditions_not_a_mapping": "a condition must be a mapping such as {{fact: ID}}",
    "conditions_weight_class_unknown": "unknown weight class '{shown}'",
    "conditions_weight_class_unknown_hint": "name a weight class of ruleset.yaml or give a number",
    "conditions_setting_unknown": "unknown setting '{shown}'",
    "conditions_setting_unknown_hint": "name a setting of ruleset.yaml or give a number",
    # definitions (by hand)
    "unknown_key": "unknown key '{shown}' in {where}",
    "unknown_key_hint": (
        "{where} takes {allowed}; if '{shown}' belongs inside one of those, indent it as far "
        "as the keys beside it"
    ),
    "required_key_missing": "{where} needs '{missing}'",
    "schema_violation": "{where}: {what}",
    "place_top_level": "the top level of the file",
    "place_item": "item",
    "place_number": "{before} no. {number}",
    "value_range_hint": "use a value from {low} to {high}",
    "value_at_least_hint": "use a value from {low}",
    "value_at_most_hint": "use at most {high}",
    "setting_below_lowest": ("setting '{name}' is {value}, below its lowest allowed value {low}"),
    "setting_above_highest": (
        "setting '{name}' is {value}, above its highest allowed value {high}"
    ),
    "setting_not_above_other": (
        "setting '{name}' is {value}, but must be above '{other}' ({limit})"
    ),
    "setting_below_other": (
        "setting '{name}' is {value}, but must be at least '{other}' ({limit})"
    ),
    "setting_relation_hint": "raise '{name}' or lower '{other}'",
    "too_many_facts": (
        "{count} facts, more than the limit of {limit} for a rule set with its overlays"
    ),
    "too_many_rules": (
        "{count} rules, more than the limit of {limit} for a rule set with its overlays"
    ),
    "too_many_hint": "a region changes a few rules; is this the right file?",
    "number_use_window_days": "the days of the window that derives '{fact}'",
    "number_use_window_events": "the number of events of the window that derives '{fact}'",
    "number_use_days_with_events": "the number of days with events that derives '{fact}'",
    "number_use_evidence_days": "the days of the evidence window of '{fact}'",
    "number_use_rule_threshold": "the threshold of rule '{rule_id}'",
    "number_use_setting": "a setting",
    "number_outside_range": "setting '{shown}' is {value}, outside {low} to {high}",
    "number_outside_range_hint": "it is {use}: give a whole number from {low} to {high}",
    # yamlfile (the reader's refusals)
    "yaml_tag_not_allowed": "tag {shown} is not allowed",
    "yaml_tag_not_allowed_hint": (
        "rule files are plain data: remove the tag, and put quotes around text"
    ),
    "yaml_anchor": "an anchor (&{event_anchor})",
    "yaml_anchor_hint": "rule files do not use anchors and aliases: remove it",
    "yaml_too_many_values": "more than {max_nodes} values in one file",
    "yaml_too_many_values_hint": "split the rules over fewer, smaller overlays",
    "yaml_key_not_a_word": "a key must be a word, not {key}",
    "yaml_key_not_a_word_hint": "put quotes around a key such as 'yes', 'on' or 'null'",
    "yaml_duplicate_key": "duplicate key '{key}'",
    "yaml_duplicate_key_hint": "remove one of the two",
    "yaml_value_too_long": ("a value of {count_value} characters, more than {max_scalar_chars}"),
    "yaml_value_too_long_hint": (
        "keep texts short; the Handreiking itself belongs in the source text file"
    ),
    "yaml_control_character_in_value": "a control character ({code}) in a value",
    "yaml_control_character_in_value_hint": (
        "a rule file is plain text: remove the escape that makes it"
    ),
    "yaml_decimal_number": "a decimal number ({value})",
    "yaml_decimal_number_hint": (
        'rule files use whole numbers; put quotes around text such as a version "2026.1"'
    ),
    "yaml_number_too_long": "a number of {count_value} characters",
    "yaml_number_too_long_hint": (
        "rule files use small whole numbers, at most {max_number_chars} characters"
    ),
    "yaml_merge_key": "a merge key ('<<')",
    "yaml_merge_key_hint": "rule files do not merge mappings: write the keys out",
    "yaml_value_unreadable": "cannot read the value '{value}'",
    "yaml_value_unreadable_hint": "put quotes around it if it is text",
    "yaml_second_document": "a second document ('---')",
    "yaml_second_document_hint": (
        "a rule file holds one document: remove the '---' line or split the file"
    ),
    "yaml_directive": "a YAML directive ('%YAML' or '%TAG')",
    "yaml_directive_hint": "rule files do not use directives: remove the line",
    "yaml_alias": "an alias (*{event_anchor})",
    "yaml_alias_hint": ("rule files do not use anchors and aliases: write the value out"),
    "yaml_key_not_scalar": "a list or mapping as a key",
    "yaml_key_not_scalar_hint": "a key is a word",
    "yaml_date_invalid": "'{value}' is not a date: {reason}",
    "yaml_date_invalid_hint": "write a date that exists, as YYYY-MM-DD",
    # yamlfile (by hand): the YAML parser's complaints
    "yaml_too_deep": "nested more than {limit} levels deep",
    "yaml_too_deep_hint": "a rule file needs a few levels: flatten the conditions",
    "yaml_invalid_hint": "check indentation and quoting",
    "yaml_mapping_values": "invalid YAML: {problem}",
    "yaml_expected_key": "invalid YAML: {problem}",
    "yaml_expected_colon": "invalid YAML: {problem}",
    "yaml_expected_value": "invalid YAML: {problem}",
    "yaml_bad_start": "invalid YAML: {problem}",
    "yaml_tab": "invalid YAML: {problem}",
    "yaml_end_of_stream": "invalid YAML: {problem}",
    "yaml_expected_bracket": "invalid YAML: {problem}",
    "yaml_expected_brace": "invalid YAML: {problem}",
    "yaml_expected_dash": "invalid YAML: {problem}",
    "yaml_unknown_escape": "invalid YAML: {problem}",
    "yaml_block_end": "invalid YAML: {problem}",
    "yaml_other": "invalid YAML: {problem}",
    # compile, engine, rules, overlay (by hand)
    "engine_limit_hint": (
        "merge rules that set the same levels, or leave out alternatives that another rule "
        "already covers"
    ),
    "too_many_engine_rules": (
        "the rule set compiles to {count} engine rules (one per alternative of every rule and "
        "signal); the rules engine takes at most {limit}"
    ),
    "engine_failed": (
        "rules engine failed: {what}. This is a bug in gevoeligheid; please report it with the "
        "dossier"
    ),
    "engine_failed_on_dossier": (
        "rules engine failed (dossier {dossier}): {what}. This is a bug in gevoeligheid; please "
        "report it with the dossier"
    ),
    "engine_disagrees_with_reference": (
        "durable-rules and the reference evaluator disagree on the dossier with every fact at "
        "its highest"
    ),
    "engine_cannot_hold": (
        "the rules engine cannot hold this rule set (durable-rules error code {code}): too "
        "many rules share the same facts"
    ),
    # what went wrong inside the rules engine (durable-rules' own words as `error`)
    "engine_rejected_ruleset": "durable-rules rejected the compiled rule set: {error}",
    "engine_call_failed": "{call} failed: {error}",
    "engine_call_code": "{call} answered code {code}",
    "engine_fired_twice": (
        "more than {steps} actions, one per engine rule: an engine rule fired twice"
    ),
    "engine_actions_failed": "running the actions failed: {error}",
    "engine_nothing_fired": "no rule fired, not even the catch-all",
    "rules_outside_folder": "'{name}' lies outside the rule set folder {folder}",
    "rules_outside_folder_hint": (
        "a rule set reads only files in its own folder: copy the file there and name it "
        "relative to the folder"
    ),
    "overlay_no_signal": "no signal '{shown}' to change",
    "overlay_unknown_setting": "unknown setting '{shown}'",
    # feedback
    "feedback_feedback_json_object": "feedback must be a JSON object",
    "feedback_reason_text_characters": "the reason must be text of 1 to {max_reason} characters",
    "feedback_choice": "'{value}' is not a choice",
    "feedback_informed_list_most_objects": (
        "informed must be a list of at most {max_informed} objects"
    ),
    "feedback_unknown_key": "unknown key '{key}'",
    "feedback_override_names_level_chosen": (
        "an override names the level chosen instead: classification, escalation or both"
    ),
    "feedback_override_says_why": "an override says why",
    "feedback_give_reason_sentence_hint": "give the reason in a sentence",
    "feedback_accepted_advice_keeps_advised": (
        "accepted advice keeps the advised levels; to choose another level, the verdict is "
        "overridden"
    ),
    "feedback_missing": "'{key}' is missing",
    "feedback_each_informed_role_object": "each informed role is an object with role and datum",
    "feedback_date": "'{day}' is not a date",
    "feedback_lies_after_today_informing": (
        "{day} lies after today: informing is something that happened"
    ),
    "feedback_record_once_was_done_hint": "record it once it was done",
    "feedback_day_calendar": "'{day}' is no day of the calendar",
    # inputs
    "input_not_regular": ("not a regular file (a named pipe, a socket or a device), so not read"),
    "input_entry_unreadable": "cannot read the entry: {error_strerror}",
    "input_link_broken": "a link to a file that does not exist",
    "input_link_loop": "a loop of links, not a dossier file",
    "input_folder_unreadable": (
        "cannot read the folder: {error_strerror}; the dossiers in it were not evaluated"
    ),
    # inputs_hint
    "input_not_regular_hint": ("a dossier is a JSON file; move this one out of the folder"),
    "input_entry_unreadable_hint": "check its permissions",
    "input_link_hint": "remove the link or point it at the dossier",
    # inputs (by hand)
    "input_missing_hint": "check the path",
    "input_unreadable_hint": "check its permissions",
    # the service's problem titles, by type
    "problem_invalid-json": "The input is not valid JSON",
    "problem_bad-request": "The request is not right",
    "problem_unauthorized": "A valid API key is needed",
    "problem_forbidden": "This API key lacks that right",
    "problem_not-found": "Not found",
    "problem_method-not-allowed": "Method not allowed here",
    "problem_request-timeout": "The request arrived too slowly",
    "problem_too-large": "The request is too large",
    "problem_header-too-large": "The headers are too large",
    "problem_unsupported-media-type": "Unsupported content type",
    "problem_invalid-dossier": "The dossier is not valid",
    "problem_reload-refused": "The rules were not reloaded",
    "problem_too-many-requests": "Too many concurrent requests from this key",
    "problem_internal": "Internal error",
    "problem_overloaded": "The service is overloaded",
    "problem_timeout": "The request took too long",
    "problem_log-unavailable": "The decision log is unavailable",
    "problem_not-ready": "The service is not ready",
    # the service's problems
    "service_body_not_taken": "This call takes no body.",
    "service_reload_refused_rules_stay": "The rules in use stay: {shown}",
    "service_unknown_engine": "Unknown engine '{engine}'; use one of {join_engines}.",
    "service_query_not_whole_number": "?{name}= must be a whole number from {low} to {high}.",
    "service_not_found": ("There is nothing at {request_url_path}; see /v1/openapi.json."),
    "service_request_invalid": "The request is not valid.",
    "service_unknown_ruleset_version": (
        "There is no version '{version}' of the rule set; /v1/rulesets lists them."
    ),
    "service_history_needs_dossier_id": "Give ?dossierId=<the dossier's id>.",
    "service_unknown_decision": "There is no decision '{decision_id}' in the log.",
    "service_method_not_allowed": (
        "{request_method} is not allowed on {request_url_path}; allowed: {allowed}."
    ),
    "service_feedback_not_json": "The feedback is not JSON.",
    "service_batch_not_array": (
        "A batch is a JSON array of dossiers; send one dossier to /v1/evaluate."
    ),
    "service_batch_too_many_dossiers": (
        "The batch holds more than the limit of {max_items} dossiers; use /v1/batch/stream."
    ),
    "service_decision_not_logged": (
        "The decision could not be recorded in the log, so no outcome was given. Try again."
    ),
    "service_api_key_missing": "Send an API key as 'Authorization: Bearer <key>'.",
    "service_api_key_unknown": "This API key is not known.",
    "service_api_key_lacks_right": "The key '{key_name}' does not have the right '{right}'.",
    "service_content_type_not_accepted": (
        "Content-Type {media} is not accepted; send Content-Type: {example}."
    ),
    "service_without_decision_log": "This service runs without a decision log.",
    "service_history_needs_keys": (
        "The decision history needs an API key with the right 'history'; start the service "
        "with --keys."
    ),
    "service_engine_failed": (
        "The rules engine failed; report this with the dossier to the administrator."
    ),
    "service_body_timed_out": "Nothing of the body arrived for {seconds:g} s.",
    "service_too_many_waiting": "Too many requests are waiting; try again shortly.",
    "service_key_too_many_in_progress": (
        "This key already has {limit} requests in progress; wait for answers before sending more."
    ),
    "service_internal_error": ("Internal error; report incident {incident} to the administrator."),
    "service_request_timed_out": "The request took longer than {seconds} s.",
    "service_page_needs_open": (
        "The page is only there when the service runs without API keys (gevoelig serve --open)."
    ),
    "service_page_unknown_file": "There is no file '{name_80}'.",
    "service_page_form_unreadable": "The form cannot be read.",
    "service_page_unknown_example": "There is no example '{name_80}'.",
    "service_parameter_invalid": "{{{name}}} must be {form}.",
    "service_parameter_and_deprecated_differ": (
        "Give ?{key}= or the deprecated ?{deprecated}=, not both with different values."
    ),
    # service (by hand)
    "service_request_too_large": "The request is larger than the limit of {limit} bytes.",
    "service_line_too_large": (
        "This line is larger than the limit of {limit} bytes for one dossier."
    ),
    # service (by hand)
    "service_not_ready": "The service is not ready: {checks}",
    # the place of one item of a batch (`dossier`) or of a stream (`line`) in its error
    "item_place_dossier": "dossier {number}",
    "item_place_line": "line {number}",
    # /readyz: how each part is
    "ready_rules": "rules",
    "ready_decision_log": "decision log",
    "ready_ok": "ok",
    "ready_failed": "failed",
    "ready_off": "off",
    # service (by hand): the forms of path values
    "path_form_version": "a version such as 2026.1",
    "path_form_decision_id": "a UUID as Gevoelig-Decision-Id gives it",
    # schema: what a rule file's schema error says
    "schema_type_object": "a mapping (key: value lines)",
    "schema_type_array": "a list",
    "schema_type_string": "text",
    "schema_type_integer": "a whole number",
    "schema_type_boolean": "true or false",
    "schema_type_null": "empty",
    "schema_type": "must be {types}, not {got}",
    "schema_enum": "{got} is not one of {choices}",
    "schema_not_an_id": (
        "{got} is not an id: lowercase letters, digits and _, starting with a letter"
    ),
    "schema_not_a_name": (
        "{got} is not a name: lowercase letters, digits, - and _, starting with a letter"
    ),
    "schema_not_a_headline": "{got} is not a headline such as H1",
    "schema_no_match": "{got} is not text that matches {pattern}",
    "schema_outside": "{got} is outside {low} to {high}",
    "schema_less": "{got} is less than {low}",
    "schema_more": "{got} is more than {high}",
    "schema_empty": "is empty",
    "schema_too_long": "{got} is longer than {limit} characters",
    "schema_too_few_items": "needs at least {limit} item(s)",
    "schema_too_many_items": "has more than {limit} items",
    "schema_twice": "holds a value twice",
    "schema_not_a_date": "{got} is not a date YYYY-MM-DD",
    "schema_no_properties": "is empty: give at least one of {listed}",
    "schema_weight": "must be a weight from 0 to 100, or a weight for each word",
    "schema_other": "does not have the form of a rule file ({kind})",
    # why the output cannot be written, by errno name (`other`: any other reason)
    "write_error_ENOSPC": "{reason}",
    "write_error_EFBIG": "{reason}",
    "write_error_EIO": "{reason}",
    "write_error_EDQUOT": "{reason}",
    "write_error_other": "{reason}",
}

#: click's own texts: click's English is English already.
CLICK: dict[str, str] = {}

#: The words of click's placeholders for values (metavars): click's own.
METAVARS: dict[str, str] = {}

#: The help of each command, by the words that call it, and of each option, by its command and
#: its flag (or by its flag alone, for an option that several commands share); "" for an option
#: whose name says it all.
HELP: dict[str, str] = {
    # options that several commands share, by their flag
    "--lang": "Language of labels, questions, reasons and messages.",
    "--log": (
        "The decision log: a SQLite file (path or sqlite:///path) or "
        "postgresql://user@host/db. Env: GEVOELIG_LOG."
    ),
    "--overlay": "A region's overlay file on top of the rule set (repeatable, applied in order).",
    "--peildatum": (
        "The date of the assessment (YYYY-MM-DD): it picks the rule set version and the age "
        "of the events; default: the date in the dossier, else today."
    ),
    "--ruleset": "A rule set folder instead of the default rule set.",
    # gevoelig
    "gevoelig": """Administrative sensitivity of environmental agency dossiers: classification,
escalation,
who to inform and what to do now, each reason traceable to the Handreiking (2026).

\b
Example:
  gevoelig check examples/03-seveso-plant-fire-smoke-plume.json""",
    "gevoelig --version": "Show the version and exit.",
    "gevoelig --debug": "Show the full traceback of an error.",
    # gevoelig check
    "gevoelig check": """Evaluate dossiers: files, folders (every *.json below), JSON Lines
files (*.jsonl) or - for
standard input.

\b
Examples:
  gevoelig check dossier.json
  gevoelig check --explain --lang en dossier.json
  gevoelig check -f jsonl --jobs 0 --fail-on director batch.jsonl > results.jsonl
  cat dossier.json | gevoelig check -
  gevoelig check --overlay regio-noord.yaml --peildatum 2026-07-01 dossier.json""",
    "gevoelig check --format": "Output format; default: table on a terminal, json otherwise.",
    "gevoelig check --engine": "durable-rules, or the plain-Python reference evaluator.",
    "gevoelig check --explain": (
        "Add the reasons, the open questions and the worst case to a table."
    ),
    "gevoelig check --fail-on": (
        "Exit with status 1 when any dossier escalates to this level or higher."
    ),
    "gevoelig check --progress": (
        "Progress bar on standard error; default: when it is a terminal and the output is not."
    ),
    "gevoelig check --jobs": (
        "Worker processes for a batch; 0: one per core. Output keeps the input order."
    ),
    "gevoelig check --log": (
        "Record each decision in this decision log (a SQLite file or postgresql://...) before"
        " printing it; one process."
    ),
    # gevoelig diff
    "gevoelig diff": """Evaluate dossiers under two rule sets and list every dossier whose
classification,
escalation, roles to inform or actions change, with the rules that made the difference and
the counts per change. Exit status 0 when nothing changes, 1 when something does.

\b
Examples:
  gevoelig diff --base rules/2026.1 --new rules/2026.2 examples/
  gevoelig diff --new examples/overlays/regio-noord.yaml examples/
  gevoelig diff --base rules/2026.1 --new rules/2026.2 -f html examples/ > wijzigingen.html""",
    "gevoelig diff --base": (
        "The rules now: a rule set folder and/or overlay files (repeatable); default: the "
        "default rule set."
    ),
    "gevoelig diff --new": (
        "The rules to compare with: a rule set folder and/or overlay files (repeatable); "
        "default: the default rule set."
    ),
    "gevoelig diff --peildatum": (
        "Assess every dossier on this day (YYYY-MM-DD), with the versions of both rule sets "
        "in force then; default: each dossier's own date, else today, with the versions in "
        "force today."
    ),
    "gevoelig diff --format": (
        "table for people, json or jsonl for programs, html or markdown for the meeting."
    ),
    "gevoelig diff --jobs": "Worker processes; 0: one per core.",
    # gevoelig interview
    "gevoelig interview": """Fill in a dossier one question at a time, the question whose answer
could move the outcome
most first: yes / no / don't know, a grade by its name. Shows the outcome after each answer and
stops when no answer can change the classification or escalation any more, or on `stop`.
The dossier is written after every answer (a new file when none is given); the end shows the
result and what to do. When standard input is not a terminal, it reads one answer a line.

\b
Examples:
  gevoelig interview
  gevoelig interview dossier.json
  gevoelig interview --lang en --peildatum 2026-12-01 new-dossier.json
  printf 'yes\\nno\\nstop\\n' | gevoelig interview new.json""",
    # gevoelig log
    "gevoelig log": """The decision log of `gevoelig serve` and `gevoelig check --log`: replay
decisions, export
them (always redacted) and purge those past the retention period. The log is append-only:
nothing here changes a decision.

\b
Examples:
  gevoelig log replay --all --log decisions.sqlite3
  gevoelig log export --dossier OD-2026-0142 > od-2026-0142.jsonl
  gevoelig log purge --retention-days 2557""",
    # gevoelig log export
    "gevoelig log export": """Write decisions as JSON Lines, one entry a line, for a disclosure
request or an archive.
An export leaves the agency, so it is always redacted: the dossier's title, its x- keys and
the facts of a criminal nature (strafrechtelijk_verleden, repressieve_handhaving) and
everything that names them; of the decision only what every value of those facts would give
(so never the score); the hashes of the unredacted input and result are left out.

\b
Examples:
  gevoelig log export --dossier OD-2026-0142 -o od-2026-0142.jsonl
  gevoelig log export --since 2026-01-01 --until 2027-01-01 > 2026.jsonl""",
    "gevoelig log export --dossier": "Only the decisions of this dossier id.",
    "gevoelig log export --since": "Only decisions logged on or after this day (UTC).",
    "gevoelig log export --until": "Only decisions logged before this day (UTC).",
    "gevoelig log export --output": "Write to this file instead of standard output.",
    # gevoelig log feedback
    "gevoelig log feedback": """Record what the people did with a decision's advice: accepted,
or overridden to another
level, by whom, why, and when each role was informed. Feedback is appended, never changed:
record it again to correct it. Without --verdict, print the decision's
feedback as JSON Lines.

\b
Examples:
  gevoelig log feedback 3f2c0f0e-8d0b-4b51-9d43-1f6f3f0c2a11 --verdict accepted --role manager --informed portefeuillehouder=2026-12-03
  gevoelig log feedback 3f2c0f0e-8d0b-4b51-9d43-1f6f3f0c2a11 --verdict overridden --escalation director --role manager --reason "raadsvragen verwacht"
  gevoelig log feedback 3f2c0f0e-8d0b-4b51-9d43-1f6f3f0c2a11""",  # noqa: E501 - example command lines are kept whole
    "gevoelig log feedback --verdict": (
        "accepted: the advice was followed; overridden: another level was chosen (give "
        "--classification and/or --escalation, and --reason)."
    ),
    "gevoelig log feedback --classification": "The classification chosen instead.",
    "gevoelig log feedback --escalation": "The escalation chosen instead.",
    "gevoelig log feedback --role": (
        "Who decided on the advice: the case worker, a level of the ladder or a role that is "
        "informed, by its id (docs/api.md lists them)."
    ),
    "gevoelig log feedback --reason": "Why the advice was overridden (or a note on accepting it).",
    "gevoelig log feedback --informed": "A role and the day it was informed (repeatable).",
    # gevoelig log impact
    "gevoelig log impact": """Re-run the latest logged decision of every dossier under the rules
it was decided by
(the log's own copy) and under the new rules, both on --peildatum, and list every dossier
whose outcome changes, with the rules that made the difference. Decisions whose input was
logged redacted, or whose rules the log does not keep, are named as not re-run. Exit status
0 when nothing changes, 1 when something does, 7 when the log cannot be read.

\b
Examples:
  gevoelig log impact --peildatum 2027-01-01
  gevoelig log impact --peildatum 2026-12-15 --overlay regio-noord.yaml -f html > impact.html""",
    "gevoelig log impact --peildatum": (
        "The day to compare on (YYYY-MM-DD): the rules in force then, and the age of the events."
    ),
    "gevoelig log impact --ruleset": (
        "The new rules from this folder; default: the default rule set."
    ),
    "gevoelig log impact --overlay": "Overlay files of the new rules (repeatable); default: none.",
    "gevoelig log impact --format": (
        "table for people, json or jsonl for programs, html or markdown for the meeting."
    ),
    "gevoelig log impact --jobs": "Worker processes; 0: one per core.",
    # gevoelig log migrate
    "gevoelig log migrate": """Create the log's tables, or bring them to this version's schema
(the service and
`check --log` do this too; run it yourself where their database role may not create tables).""",
    # gevoelig log purge
    "gevoelig log purge": """Remove the decisions past the retention period, and record the
purge in the log (when,
the cutoff, how many, which sequence numbers, by whom). The records of purges are kept for
good. Without a retention period nothing is removed.

\b
Examples:
  gevoelig log purge --retention-days 2557 --dry-run
  GEVOELIG_LOG_RETENTION_DAYS=2557 gevoelig log purge""",
    "gevoelig log purge --retention-days": (
        "Remove decisions logged more than this many days ago. Env: GEVOELIG_LOG_RETENTION_DAYS."
    ),
    "gevoelig log purge --dry-run": "Only say how many decisions would be removed.",
    # gevoelig log purges
    "gevoelig log purges": "The record of every purge, as JSON Lines.",
    # gevoelig log replay
    "gevoelig log replay": """Evaluate logged decisions again with this library and check that
each gives the same
result, byte for byte. One line a decision: its id, same / different / ruleset_changed /
cannot_replay, and why. Exit status 0 when every one is the same, 1 otherwise, 7 when the
log cannot be read.

\b
Examples:
  gevoelig log replay 3f2c0f0e-8d0b-4b51-9d43-1f6f3f0c2a11
  gevoelig log replay --dossier OD-2026-0142
  gevoelig log replay --all --log postgresql://gevoelig@db/gevoelig""",
    "gevoelig log replay --dossier": "Replay every decision of this dossier id.",
    "gevoelig log replay --all": "Replay every decision in the log.",
    "gevoelig log replay --input": (
        "The original dossier, for one decision whose logged input was redacted."
    ),
    "gevoelig log replay --ruleset": "Load the rules from this folder instead of the one logged.",
    "gevoelig log replay --overlay": "Overlay files instead of the ones logged (repeatable).",
    # gevoelig log verify
    "gevoelig log verify": """Read the whole log and check its hash chain: each entry must have
the hash of its
contents and the entry before it, columns that fit its own result, not be backdated, and the
last must be the head of the chain; removed entries must be accounted for by a purge record.
Names the first entry that does not fit. Exit status 0 when everything fits, 1 when the log
was changed, 7 when it cannot be read.

\b
Examples:
  gevoelig log verify --log decisions.sqlite3
  gevoelig log verify --expect-head 1042:9f2c... --log postgresql://gevoelig_app@db/gevoelig""",
    "gevoelig log verify --clock-skew": (
        "Seconds a decision may be logged before the one before it (the clocks of instances "
        "differ); more is backdated."
    ),
    "gevoelig log verify --expect-head": (
        "The head an earlier check printed: fail unless that entry still has that hash."
    ),
    # gevoelig report
    "gevoelig report": """The portfolio for the periodic meeting with the client: counts per
classification
and escalation with charts, the sensitive dossiers highest first with who to inform and what
to do, dossiers whose open questions could raise their level, what changed since the last
meeting and the overrides of the advice (from the log), grouped per competent authority.

\b
Examples:
  gevoelig report examples/ > overleg.html
  gevoelig report --log decisions.sqlite3 --since 2026-11-01 > overleg.html
  gevoelig report -f markdown --lang en examples/ > meeting.md""",
    "gevoelig report --log": (
        "Report the latest decision of every dossier in this decision log instead of dossier files."
    ),
    "gevoelig report --since": (
        "With --log: what changed, and the feedback given, since this day (the last meeting)."
    ),
    "gevoelig report --format": "A printable HTML page, or Markdown.",
    "gevoelig report --peildatum": (
        "Assess dossier files on this day (YYYY-MM-DD); default: each dossier's own date, "
        "else today."
    ),
    # gevoelig rules
    "gevoelig rules": """The rules of a rule set as a table (id, category, weight, what it sets,
source), the
actions and the settings.

\b
Examples:
  gevoelig rules
  gevoelig rules --overlay regio-noord.yaml
  gevoelig rules show kop_media_bestuur
  gevoelig rules validate rules/ examples/overlays/regio-noord.yaml""",
    # gevoelig rules show
    "gevoelig rules show": """One rule, fact, action or setting in full, with the text of the
Handreiking it cites. The
rule set options may stand before or after `show`.

\b
Examples:
  gevoelig rules show buiten_mandaat
  gevoelig rules show klachtengolf_aantal --overlay examples/overlays/regio-noord.yaml""",
    # gevoelig rules validate
    "gevoelig rules validate": """Check rule set folders and overlay files: the schema, fact
ids, duplicates, sources, rules
that can never fire or are shadowed, and coverage of the Handreiking's questions and criteria.
An overlay file is checked on top of --ruleset (default: the default rule set). In a folder of
versions every version is checked, each on its own valid_from, unless --peildatum picks one.
Exit status 3 on errors; warnings are printed but do not fail unless --strict.

\b
Examples:
  gevoelig rules validate
  gevoelig rules validate rules/ examples/overlays/regio-noord.yaml""",
    "gevoelig rules validate --strict": "Exit with status 3 on warnings too.",
    # gevoelig schema
    "gevoelig schema": """Print the JSON Schema of a dossier (or of a result with --result, or
of a rule file).

\b
Examples:
  gevoelig schema > dossier.schema.json
  gevoelig schema --result > result.schema.json
  gevoelig schema --file overlay > overlay.schema.json""",
    "gevoelig schema --result": "The JSON Schema of a result instead of a dossier.",
    "gevoelig schema --file": "The JSON Schema of a rule file of this kind, for an editor.",
    # gevoelig serve
    "gevoelig serve": """Serve the rules over HTTP for case-management systems: evaluate one
dossier, a batch or an
NDJSON stream; read the rule sets, the schemas and a dossier's decision history; /healthz,
/readyz and /metrics. Every decision is logged before it is answered. The OpenAPI contract
is at /v1/openapi.json, its operations at /v1/docs; without API keys the
page for people is at /.

\b
Examples:
  gevoelig serve
  gevoelig serve --overlay examples/overlays/regio-noord.yaml --port 8080
  gevoelig serve --new-key zaaksysteem --rights evaluate >> keys.txt
  gevoelig serve --host 0.0.0.0 --keys keys.txt --workers 2 --log postgresql://gevoelig@db/gevoelig
  gevoelig serve --openapi --peildatum 2026-12-01 > docs/openapi.json
  gevoelig serve --open""",
    "gevoelig serve --host": "Address to bind; anything but loopback needs API keys.",
    "gevoelig serve --port": "",
    "gevoelig serve --workers": (
        "Worker processes (uvicorn's); each holds the rules and writes to the same log."
    ),
    "gevoelig serve --overlay": (
        "A region's overlay file (repeatable, applied in order); fixed for the life of the service."
    ),
    "gevoelig serve --peildatum": (
        "Assess every dossier on this date (YYYY-MM-DD), by the version in force then; "
        "?peildatum= beats it. With --openapi: the day the contract is made for. Default: the"
        " dossier's own, else today."
    ),
    "gevoelig serve --log": (
        "The decision log: a SQLite file or postgresql://user@host/db. Env: GEVOELIG_LOG."
    ),
    "gevoelig serve --no-log": (
        "Run without a decision log (for measurements; nothing is recorded)."
    ),
    "gevoelig serve --log-redact": (
        "Keep only redacted copies of inputs and results in the log (no title, x- keys or "
        "criminal facts)."
    ),
    "gevoelig serve --keys": (
        "File of API keys (NAME RIGHTS sha256:HEX a line). Env: GEVOELIG_API_KEYS_FILE; key "
        "lines also in GEVOELIG_API_KEYS."
    ),
    "gevoelig serve --new-key": "Print a new API key and the line for the key file, then exit.",
    "gevoelig serve --rights": (
        "With --new-key: evaluate, history, feedback, or several comma-separated "
        "(evaluate,history)."
    ),
    "gevoelig serve --openapi": (
        "Print the OpenAPI document (as served at /v1/openapi.json), then exit."
    ),
    "gevoelig serve --concurrency": "Requests handled at once by a worker.",
    "gevoelig serve --backlog": "Requests that may wait for a place; more are answered 503.",
    "gevoelig serve --client-concurrency": (
        "Requests of one API key (without keys: address) at once; more are answered 429. 0: "
        "no limit. Default: a quarter of --concurrency with keys, no limit without."
    ),
    "gevoelig serve --request-timeout": "Seconds for a whole request (not a stream); then 503.",
    "gevoelig serve --body-timeout": (
        "Seconds a request body may stall (then 408), or an answer wait for a client that "
        "does not read it (then the connection closes)."
    ),
    "gevoelig serve --stream-concurrency": (
        "NDJSON streams a worker handles at once, in places of their own; more wait, as other"
        " requests do. Default: half of --concurrency."
    ),
    "gevoelig serve --stream-timeout": (
        "Seconds an NDJSON stream may run in all; then it ends with done: false."
    ),
    "gevoelig serve --header-timeout": (
        "Seconds for a request's line and headers, from the connection (or the last answer) "
        "on; then the connection closes."
    ),
    "gevoelig serve --max-connections": (
        "Open connections of a worker; past it the longest idle one is closed."
    ),
    "gevoelig serve --memory-budget": (
        "MiB of request data a worker holds at once (bodies, dossiers being parsed); past it "
        "requests wait, then 503."
    ),
    "gevoelig serve --ssl-certfile": "Serve HTTPS with this certificate (else put TLS in front).",
    "gevoelig serve --ssl-keyfile": "",
    "gevoelig serve --access-log": "",
    "gevoelig serve --cors-origin": (
        "A browser origin (https://host[:port]) allowed to call the service, repeatable; "
        "default: none (CORS off)."
    ),
    "gevoelig serve --contact-name": (
        "Who answers for this deployment, in the contract's info.contact. Env: "
        "GEVOELIG_CONTACT_NAME."
    ),
    "gevoelig serve --contact-email": "Their e-mail address. Env: GEVOELIG_CONTACT_EMAIL.",
    "gevoelig serve --contact-url": "Their web page. Env: GEVOELIG_CONTACT_URL.",
    "gevoelig serve --tenants": (
        "A YAML file of tenants and their overlays; a key line's tenant=NAME picks one. Env: "
        "GEVOELIG_TENANTS."
    ),
    "gevoelig serve --otel": (
        "Send spans of each request, evaluation and log write to OpenTelemetry (the otel "
        "extra; OTEL_* variables configure it)."
    ),
    "gevoelig serve --open": (
        "Open the page at / in the browser once the service answers (loopback, no API keys): "
        "for a trainer's laptop."
    ),
    "gevoelig serve --course": (
        "A course file (YAML: example dossiers with notes) for the page's training mode; "
        "default: the shipped course."
    ),
    # gevoelig template
    "gevoelig template": """A blank dossier to fill in (every fact null), or the checklist as
Markdown.

\b
Examples:
  gevoelig template > nieuw-dossier.json
  gevoelig template -f markdown > checklist.md""",
    "gevoelig template --format": (
        "A blank dossier (json) or the checklist as a handout (markdown)."
    ),
    # gevoelig test
    "gevoelig test": """Run rule tests: YAML cases with facts or events and the expected
outcome. Without PATH, the
cases of the rule set (its cases/ folder). Prints a table, each failure with what was expected,
what came out and the reasons that decided it, and the rules and levels no case reaches.

\b
Examples:
  gevoelig test
  gevoelig test --overlay examples/overlays/regio-noord.yaml examples/overlays/regio-noord.cases.yaml
  gevoelig test --min-coverage 100""",  # noqa: E501 - example command lines are kept whole
    "gevoelig test --engine": "durable-rules, or the plain-Python reference evaluator.",
    "gevoelig test --min-coverage": (
        "Exit with status 1 when less than this percentage of rules, signals, actions and "
        "levels is reached."
    ),
    # gevoelig timeline
    "gevoelig timeline": """A dossier's outcome on each of its event days and on its date of
assessment (else today), the
day each level was first reached, and for each escalation the dossier records (its `escalaties`)
whether it came in time.

\b
Examples:
  gevoelig timeline examples/05-pig-farm-odour-complaint-wave.json
  gevoelig timeline -f html examples/05-pig-farm-odour-complaint-wave.json > tijdlijn.html""",
    "gevoelig timeline --format": (
        "A table for the terminal, an HTML page with a step chart, Markdown or JSON."
    ),
    "gevoelig timeline --grace-days": (
        "An escalation recorded this many days after the advice asked for it still counts as "
        "in time."
    ),
    "gevoelig timeline --log": (
        "Add the feedback on this dossier's decisions from this decision log."
    ),
}
