namespace Sujuva.Web.Features.Pulse;

/// <summary>The staff pulse (issue 7, decision 0007): its options (the receipt key).</summary>
public static class PulseSetup
{
    public static IServiceCollection AddPulse(this IServiceCollection services)
    {
        services.AddOptions<PulseOptions>().BindConfiguration("Pulse");
        return services;
    }
}
