using Microsoft.Extensions.Localization;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Components.Pages.Dashboards;

/// <summary>Every scope a dashboard shows says what it covers: "Whole network: 12 services, 5 organisations".</summary>
public static class ScopeLabel
{
    public static string Text(FlowScopeCoverage covers, IStringLocalizer<Strings> t)
    {
        ArgumentNullException.ThrowIfNull(covers);
        ArgumentNullException.ThrowIfNull(t);
        return covers.Kind switch
        {
            FlowScopeKind.Service => t["Dashboards.Covers.Service", covers.Name, covers.Organisation ?? ""],
            FlowScopeKind.Team => t["Dashboards.Covers.Team", covers.Name, covers.Services, covers.Organisations],
            _ => t["Dashboards.Covers.Network", covers.Services, covers.Organisations],
        };
    }
}
