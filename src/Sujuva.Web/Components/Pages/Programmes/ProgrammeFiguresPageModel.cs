using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Features.Programmes;

namespace Sujuva.Web.Components.Pages.Programmes;

/// <summary>A programme the figures page can narrow to.</summary>
public sealed record ProgrammeChoice(Guid Id, string Name);

/// <summary>What the programme figures page shows: the figures, the service's programmes to choose from, and the change dates of its improvements.</summary>
public sealed record ProgrammeFiguresPageModel(ProgrammeFiguresView View, List<ProgrammeChoice> Choices, List<ChangeMarker> Markers);
