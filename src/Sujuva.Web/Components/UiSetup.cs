using MudBlazor.Services;
using Sujuva.Web.Components.Data;
using Sujuva.Web.Components.Pages.Boards;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Components;

/// <summary>The browser side of the app: Blazor server pages, MudBlazor, languages (sign-out: AuthApi).</summary>
public static class UiSetup
{
    public static IServiceCollection AddSujuvaUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddSujuvaLocalisation();
        services.AddScoped<PageData>();
        services.AddScoped<BoardSession>();
        services.AddScoped<Sujuva.Web.Components.Pages.Cases.CaseActions>();
        services.AddScoped<Sujuva.Web.Components.Pages.Referrals.ReferralInboxActions>();
        services.AddSingleton<EventFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<EventFeed>());
        return services;
    }

    public static WebApplication MapSujuvaUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapCultureSwitch();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
