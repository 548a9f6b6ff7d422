namespace Sujuva.Web.Features.Metrics;

public static class MetricsSetup
{
    /// <summary>One flow cache per app instance (advanced by the event log's cursor), warmed at start.</summary>
    public static IServiceCollection AddFlowMetrics(this IServiceCollection services)
    {
        services.AddSingleton<FlowCache>();
        services.AddHostedService<FlowCacheWarmup>();
        return services;
    }
}
