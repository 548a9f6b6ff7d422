using MudBlazor.Services;
using Sujuva.Web.Components.Data;
using Sujuva.Web.Components.Pages.Boards;

namespace Sujuva.Web.Components;

/// <summary>The browser side of the app: Blazor server pages, MudBlazor, languages (sign-out: AuthApi; languages: LocalisationSetup).</summary>
public static class UiSetup
{
    public static IServiceCollection AddSujuvaUi(this IServiceCollection services)
    {
        // The circuit's first message brings back what prerendering carried (OncePerVisit.MaxCarriedBytes,
        // data-protected and base64, so about 1.4 times as long): room for that, not the 32 KB default.
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(o => o.MaximumReceiveMessageSize = 2 * 1024 * 1024);
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddScoped<PageData>();
        services.AddScoped<OncePerVisit>();
        services.AddScoped<BoardSession>();
        services.AddScoped<Sujuva.Web.Components.Pages.Cases.CaseActions>();
        services.AddScoped<Sujuva.Web.Components.Pages.Referrals.ReferralInboxActions>();
        services.AddScoped<Sujuva.Web.Components.Pages.Dashboards.FlowDashboardLoader>();
        services.AddScoped<Sujuva.Web.Components.Pages.Dashboards.NetworkLoader>();
        services.AddScoped<Sujuva.Web.Components.Pages.Improvements.ImprovementLoader>();
        return services;
    }

    public static WebApplication MapSujuvaUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
