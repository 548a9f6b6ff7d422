namespace Sujuva.Web.Data.DemoNetwork;

public static class DemoSetup
{
    public static IServiceCollection AddDemoNetwork(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<DemoOptions>(config.GetSection("Demo"));
        services.AddScoped<DemoSeeder>();
        return services;
    }
}
