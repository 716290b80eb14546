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

# Class renames of branch h-structure (issue #16 point 3): apply with
#   git ls-files -z src processes docs README.md | xargs -0 sed -i -E -f RENAMES.sed
# A …Check that writes Majlis's tables becomes a …CheckAndRecord; the bean name (lower-case first letter) with it.
s/\bApproveConvocationCheck\b/ApproveConvocationCheckAndRecord/g
s/\bapproveConvocationCheck\b/approveConvocationCheckAndRecord/g
s/\bApprovePressReleaseCheck\b/ApprovePressReleaseCheckAndRecord/g
s/\bapprovePressReleaseCheck\b/approvePressReleaseCheckAndRecord/g
s/\bCloseSessionCheck\b/CloseSessionCheckAndRecord/g
s/\bcloseSessionCheck\b/closeSessionCheckAndRecord/g
s/\bConfirmAttendanceCheck\b/ConfirmAttendanceCheckAndRecord/g
s/\bconfirmAttendanceCheck\b/confirmAttendanceCheckAndRecord/g
s/\bGiveControllerOpinionCheck\b/GiveControllerOpinionCheckAndRecord/g
s/\bgiveControllerOpinionCheck\b/giveControllerOpinionCheckAndRecord/g
s/\bPrepareAgendaCheck\b/PrepareAgendaCheckAndRecord/g
s/\bprepareAgendaCheck\b/prepareAgendaCheckAndRecord/g
s/\bPrepareItemDossierCheck\b/PrepareItemDossierCheckAndRecord/g
s/\bprepareItemDossierCheck\b/prepareItemDossierCheckAndRecord/g
s/\bRecordAttendanceCheck\b/RecordAttendanceCheckAndRecord/g
s/\brecordAttendanceCheck\b/recordAttendanceCheckAndRecord/g
s/\bRecordOpeningCheck\b/RecordOpeningCheckAndRecord/g
s/\brecordOpeningCheck\b/recordOpeningCheckAndRecord/g
s/\bRecordPresentationCheck\b/RecordPresentationCheckAndRecord/g
s/\brecordPresentationCheck\b/recordPresentationCheckAndRecord/g
s/\bReviewMinutesCheck\b/ReviewMinutesCheckAndRecord/g
s/\breviewMinutesCheck\b/reviewMinutesCheckAndRecord/g
s/\bScheduleSecondConvocationCheck\b/ScheduleSecondConvocationCheckAndRecord/g
s/\bscheduleSecondConvocationCheck\b/scheduleSecondConvocationCheckAndRecord/g
s/\bSignMinutesCheck\b/SignMinutesCheckAndRecord/g
s/\bsignMinutesCheck\b/signMinutesCheckAndRecord/g
s/\bStartSessionCheck\b/StartSessionCheckAndRecord/g
s/\bstartSessionCheck\b/startSessionCheckAndRecord/g
s/\bWaiveShortNoticeCheck\b/WaiveShortNoticeCheckAndRecord/g
s/\bwaiveShortNoticeCheck\b/waiveShortNoticeCheckAndRecord/g
s/\bCollectResolution\b/CollectResolutionListener/g
s/\bcollectResolution\b/collectResolutionListener/g
# A create listener of every task, named after what it does
s/\bChairTasks\b/AssignChairTasksListener/g
s/\bchairTasks\b/assignChairTasksListener/g
# Classes moved out of session/ and documents/ (fully qualified names; a file of package session that used one
# without import needs the import added, the compiler names it):
s/ma\.majlis\.session\.Agenda\b/ma.majlis.agenda.Agenda/g
s/ma\.majlis\.session\.PendingAgendaItem\b/ma.majlis.agenda.PendingAgendaItem/g
s/ma\.majlis\.session\.PendingAgendaItems\b/ma.majlis.agenda.PendingAgendaItems/g
s/ma\.majlis\.session\.Body\b/ma.majlis.board.Body/g
s/ma\.majlis\.session\.SessionRecord\b/ma.majlis.board.SessionRecord/g
s/ma\.majlis\.session\.SessionRecords\b/ma.majlis.board.SessionRecords/g
s/ma\.majlis\.session\.SessionRegistry\b/ma.majlis.board.SessionRegistry/g
s/ma\.majlis\.session\.SessionStatus\b/ma.majlis.board.SessionStatus/g
s/ma\.majlis\.session\.SessionOf\b/ma.majlis.board.SessionOf/g
s/ma\.majlis\.session\.SessionChair\b/ma.majlis.board.SessionChair/g
s/ma\.majlis\.session\.Approver\b/ma.majlis.board.Approver/g
s/ma\.majlis\.session\.Convocations\b/ma.majlis.convocation.Convocations/g
s/ma\.majlis\.session\.ConvocationInvitation\b/ma.majlis.convocation.ConvocationInvitation/g
s/ma\.majlis\.session\.ReplyReminders\b/ma.majlis.convocation.ReplyReminders/g
s/ma\.majlis\.session\.SessionDocuments\b/ma.majlis.minutes.SessionDocuments/g
s/ma\.majlis\.session\.SessionReportAssembler\b/ma.majlis.minutes.SessionReportAssembler/g
s/ma\.majlis\.session\.FollowUpItems\b/ma.majlis.minutes.FollowUpItems/g
s/ma\.majlis\.session\.BodyRegistry\b/ma.majlis.board.Bodies/g
s/ma\.majlis\.documents\.DocumentStoreSource\b/ma.majlis.api.StoredDocumentSource/g
# Names with one home: org.camunda.bpm.engine.impl.util.ClockUtil -> ma.majlis.platform.EngineClock (now(), pinTo(), reset())
s/org\.camunda\.bpm\.engine\.impl\.util\.ClockUtil\b/ma.majlis.platform.EngineClock/g
s/\bClockUtil\.getCurrentTime\(\)/EngineClock.now()/g
s/\bClockUtil\.setCurrentTime\(/EngineClock.pinTo(/g
s/\bClockUtil\.reset\(\)/EngineClock.reset()/g
# Constants with one home now (qualified uses; a use through a static import of the old class needs the new
# import, the compiler names it)
s/\b(Session|Deliberation|Budget|FollowUp|Committee|Presentation)Variables\.SESSION_KEY\b/SharedVariables.SESSION_KEY/g
s/\bSessionVariables\.PROCESS_KEY\b/ProcessKeys.BOARD_SESSION/g
s/\bCommitteeVariables\.SESSION_PROCESS_KEY\b/ProcessKeys.BOARD_SESSION/g
s/\bIdentitySetup\.BOARD_SESSION\b/ProcessKeys.BOARD_SESSION/g
s/\bDeliberationVariables\.PROCESS_KEY\b/ProcessKeys.AGENDA_ITEM_DELIBERATION/g
s/\bBudgetVariables\.PROCESS_KEY\b/ProcessKeys.BUDGET_APPROVAL/g
s/\bCommitteeVariables\.PROCESS_KEY\b/ProcessKeys.COMMITTEE_ESTABLISHMENT/g
s/\bFollowUpVariables\.PROCESS_KEY\b/ProcessKeys.RESOLUTION_FOLLOW_UP/g
s/\bBudgetVariables\.MESSAGE_BUDGET_ADOPTED\b/MessageNames.BUDGET_ADOPTED/g
s/\bCommitteeVariables\.MESSAGE_COMMITTEE_CREATION_APPROVED\b/MessageNames.COMMITTEE_CREATION_APPROVED/g
s/\bFollowUpVariables\.MESSAGE_RESOLUTION_ADOPTED\b/MessageNames.RESOLUTION_ADOPTED/g
s/\bFollowUpStarts\.(BUDGET_ADOPTED|COMMITTEE_CREATION_APPROVED|RESOLUTION_ADOPTED)\b/MessageNames.\1/g
s/\bBudgetVariables\.GROUP_FINANCE_MINISTRY\b/Groups.FINANCE_MINISTRY/g
s/\b(Budget|FollowUp)Variables\.GROUP_GENERAL_MANAGEMENT\b/Groups.GENERAL_MANAGEMENT/g
s/\bFollowUpVariables\.GROUP_BOARD_CHAIR\b/Groups.BOARD_CHAIR/g
s/\bCommitteeVariables\.GROUP_BOARD_MEMBERS\b/Groups.BOARD_MEMBERS/g
s/\bRemindGeneralManagementDelegate\.GENERAL_MANAGEMENT\b/Groups.GENERAL_MANAGEMENT/g
s/\bSessionVariables\.BUSINESS_KEY\b/SessionRegistry.BUSINESS_KEY/g
# One attendance status (board/AttendanceStatus), one list-to-Json helper (platform/JsonValues)
s/\bAttendanceEntry\.Status\b/AttendanceStatus/g
s/\bma\.majlis\.deliberation\.AttendanceEntry\.Status\b/ma.majlis.board.AttendanceStatus/g
s/\bma\.majlis\.documents\.SessionReport\.AttendanceStatus\b/ma.majlis.board.AttendanceStatus/g
s/\bma\.majlis\.session\.SessionVariables\.AttendanceStatus\b/ma.majlis.board.AttendanceStatus/g
s/\b(ItemVariables\.stringArray|CommitteeMembers\.idsToJson|DraftPresentationCheck\.toJson)\(/JsonValues.stringArray(/g
# Paths in the docs of the classes that moved
s#\bsession/Agenda\b#agenda/Agenda#g
s#\bsession/PendingAgendaItem\b#agenda/PendingAgendaItem#g
s#\bsession/PendingAgendaItems\b#agenda/PendingAgendaItems#g
s#\bsession/Body\b#board/Body#g
s#\bsession/SessionRecord\b#board/SessionRecord#g
s#\bsession/SessionRecords\b#board/SessionRecords#g
s#\bsession/SessionRegistry\b#board/SessionRegistry#g
s#\bsession/SessionStatus\b#board/SessionStatus#g
s#\bsession/SessionOf\b#board/SessionOf#g
s#\bsession/SessionChair\b#board/SessionChair#g
s#\bsession/Convocations\b#convocation/Convocations#g
s#\bsession/ConvocationInvitation\b#convocation/ConvocationInvitation#g
s#\bsession/ReplyReminders\b#convocation/ReplyReminders#g
s#\bsession/SessionDocuments\b#minutes/SessionDocuments#g
s#\bsession/SessionReportAssembler\b#minutes/SessionReportAssembler#g
s#\bsession/FollowUpItems\b#minutes/FollowUpItems#g
s#\bsession/BodyRegistry\b#board/Bodies#g
