# Issue #16 point 3: listeners and delegates named after what they do (h-variables).
# Apply to Java sources, BPMN and docs:  git ls-files -z '*.java' '*.bpmn' '*.md' | xargs -0 sed -i -E -f RENAMES.sed
# (then `git mv` the files named in the first block; this branch already did both). Idempotent.
#
# Checks that also write Majlis's tables: ...CheckAndRecord
s/\bCastSecretBallotCheck\b/CastSecretBallotCheckAndRecord/g
s/\bcastSecretBallotCheck\b/castSecretBallotCheckAndRecord/g
s/\bCastVoteCheck\b/CastVoteCheckAndRecord/g
s/\bcastVoteCheck\b/castVoteCheckAndRecord/g
s/\bDeclareInterestsCheck\b/DeclareInterestsCheckAndRecord/g
s/\bdeclareInterestsCheck\b/declareInterestsCheckAndRecord/g
s/\bRecordDebateCheck\b/RecordDebateCheckAndRecord/g
s/\brecordDebateCheck\b/recordDebateCheckAndRecord/g
# A create-listener that sets what the form shows: ...Prefill
s/\bCastVoteBallotListener\b/CastVotePrefill/g
s/\bcastVoteBallotListener\b/castVotePrefill/g
# Other listeners: named by what they do
s/\bPresentationReviewStartListener\b/InitialisePresentationReviewListener/g
s/\bpresentationReviewStartListener\b/initialisePresentationReviewListener/g
s/\bReportProgressDueDate\b/SetReportProgressDueDateListener/g
s/\breportProgressDueDate\b/setReportProgressDueDateListener/g
#
# Split, not renamed: the create half of three presentation checks became ...Prefill (new classes
# DraftPresentationPrefill, ReviewPresentationPrefill, ArbitratePresentationPrefill); in processes/presentation-review.bpmn
# the task listeners on event "create" now reference them (either attribute order):
s/(event="create"[^>]*delegateExpression="\$\{)(draft|review|arbitrate)PresentationCheck\}/\1\2PresentationPrefill}/g
s/(delegateExpression="\$\{)(draft|review|arbitrate)PresentationCheck(\}"[^>]*event="create")/\1\2PresentationPrefill\3/g
