using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;

namespace Sujuva.Components.Tests;

/// <summary>
/// A bUnit context with what the app's components need: English texts from Strings.resx, MudBlazor's
/// services, loose JS interop (MudBlazor calls into its script, which a test has no use for), no card ratings,
/// and block reasons by their built-in names.
/// </summary>
public abstract class ComponentTest : BunitContext
{
    protected ComponentTest()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
        Services.AddLocalization();
        Services.AddMudServices();
        Services.AddSingleton(BuiltInBlockReasonNames());
        JSInterop.Mode = JSRuntimeMode.Loose;
        // A card's feedback rating reads the database; these tests are about the board, not ratings.
        ComponentFactories.AddStub<Sujuva.Web.Components.Pages.Feedback.CardRating>();
        Render<MudPopoverProvider>();
    }

    /// <summary>No network names held, and a clock that stands still, so the names never go stale and no database is asked.</summary>
    private static Sujuva.Web.Features.Cases.BlockReasonNames BuiltInBlockReasonNames()
    {
        var names = new Sujuva.Web.Features.Cases.BlockReasonNames(
            new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
            new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)),
            NullLogger<Sujuva.Web.Features.Cases.BlockReasonNames>.Instance);
        names.Use([]);
        return names;
    }
}
