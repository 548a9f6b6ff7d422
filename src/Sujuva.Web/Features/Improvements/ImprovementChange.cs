namespace Sujuva.Web.Features.Improvements;

/// <summary>What an ImprovementChanged event records.</summary>
public enum ImprovementChange
{
    Edited,
    MeasuresChanged,
    SheetChanged,
    CyclePlanned,
    CycleStarted,
    Observed,
    Studied,
    Decided,
}
