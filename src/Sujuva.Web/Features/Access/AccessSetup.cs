using Sujuva.Web.Features.Audit;

namespace Sujuva.Web.Features.Access;

public static class AccessSetup
{
    /// <summary>Need-to-know (Access:GraceDays), the pages' audited client names and the audit log writers (reads, exports, account events), all stateless singletons.</summary>
    public static IServiceCollection AddSujuvaAccess(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<AccessOptions>(config.GetSection("Access"));
        services.AddSingleton<PersonalDataAccess>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<ClientNames>();
        services.AddSingleton<Sujuva.Web.Features.Auth.IAccountAuditSink, AccountAuditTrail>();
        return services;
    }
}
