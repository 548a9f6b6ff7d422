using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Sujuva.Components.Tests;

/// <summary>
/// A bUnit context with what the app's components need: English texts from Strings.resx, MudBlazor's
/// services, loose JS interop (MudBlazor calls into its script, which a test has no use for) and no card ratings.
/// </summary>
public abstract class ComponentTest : BunitContext
{
    protected ComponentTest()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
        Services.AddLocalization();
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        // A card's feedback rating reads the database; these tests are about the board, not ratings.
        ComponentFactories.AddStub<Sujuva.Web.Components.Pages.Feedback.CardRating>();
        Render<MudPopoverProvider>();
    }
}
