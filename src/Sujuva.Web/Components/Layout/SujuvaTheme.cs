using MudBlazor;

namespace Sujuva.Web.Components.Layout;

/// <summary>One theme for every page; system fonts, because no web font may be fetched from outside.</summary>
public static class SujuvaTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5f8b",
            Secondary = "#2e7d5b",
            AppbarBackground = "#1f5f8b",
            Error = "#b3261e",
            Warning = "#8a5a00",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}
