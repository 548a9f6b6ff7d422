using Sujuva.Web.Features.Sprints;

namespace Sujuva.Web.Components.Pages.Sprints;

/// <summary>What the sprint page shows: the sprint, its run (timer), its notes and the vote round under way, if any.</summary>
public sealed record SprintPageModel(SprintView Sprint, SprintRunView Run, IReadOnlyList<SprintNoteView> Notes, VoteRoundView? Round);
