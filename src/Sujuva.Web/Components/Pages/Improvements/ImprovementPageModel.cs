using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Components.Pages.Improvements;

/// <summary>What the improvement page shows: the improvement and each measure's chart, carried from prerendering to the circuit.</summary>
public sealed record ImprovementPageModel(Outcome<ImprovementView> View, Dictionary<Guid, Outcome<ChartResponse>> Charts);
