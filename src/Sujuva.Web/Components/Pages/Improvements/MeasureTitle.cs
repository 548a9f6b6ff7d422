using Microsoft.Extensions.Localization;
using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Components.Pages.Improvements;

/// <summary>A measure as a heading: "Jonotusaika · Kuntouttava työtoiminta (tulosmittari)".</summary>
public static class MeasureTitle
{
    public static string Of(MeasureView m, IStringLocalizer<Strings> t)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(t);
        var kind = m.Stage is { } stage ? t["Improvements.Measure.TimeInStageNamed", stage].Value : t[$"Improvements.Measure.{m.Kind}"].Value;
        return t["Improvements.MeasureTitle", kind, ScopeName(m.Scope, t), t[$"Improvements.Role.{m.Role}"]];
    }

    public static string ScopeName(ScopeView scope, IStringLocalizer<Strings> t)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(t);
        return scope.Name ?? t["Improvements.Scope.Network"];
    }
}
