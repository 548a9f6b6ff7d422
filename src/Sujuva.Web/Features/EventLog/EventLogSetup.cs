namespace Sujuva.Web.Features.EventLog;

/// <summary>The event log's live feed to open pages, and its exports' pseudonyms and audit.</summary>
public static class EventLogSetup
{
    public static IServiceCollection AddEventLog(this IServiceCollection services)
    {
        services.AddSingleton<EventFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<EventFeed>());
        services.AddSingleton<Pseudonyms>();
        services.AddScoped<ExportAudit>();
        return services;
    }
}
