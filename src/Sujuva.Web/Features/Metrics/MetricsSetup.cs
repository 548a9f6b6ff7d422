using Sujuva.Web.Components.Pages.Dashboards;

namespace Sujuva.Web.Features.Metrics;

public static class MetricsSetup
{
    /// <summary>One flow cache per app instance (advanced by the event log's cursor), and the dashboard pages' loaders.</summary>
    public static IServiceCollection AddFlowMetrics(this IServiceCollection services)
    {
        services.AddSingleton<FlowCache>();
        services.AddScoped<FlowDashboardLoader>();
        services.AddScoped<NetworkLoader>();
        services.AddHostedService<FlowCacheWarmup>();
        services.AddSingleton<EventLog.Pseudonyms>();
        services.AddScoped<EventLog.ExportAudit>();
        return services;
    }
}
