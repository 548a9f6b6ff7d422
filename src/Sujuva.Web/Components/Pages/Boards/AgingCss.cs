using Sujuva.Web.Features.Boards;

namespace Sujuva.Web.Components.Pages.Boards;

/// <summary>The aging colours (one CSS class per level) and the percentile each level is past.</summary>
public static class AgingCss
{
    public static string Of(AgingLevel level) => level switch
    {
        AgingLevel.BelowP50 => "aging-below50",
        AgingLevel.PastP50 => "aging-past50",
        AgingLevel.PastP70 => "aging-past70",
        AgingLevel.PastP85 => "aging-past85",
        AgingLevel.PastP95 => "aging-past95",
        _ => "aging-none",
    };

    public static int Percent(AgingLevel level) => level switch
    {
        AgingLevel.PastP50 => 50,
        AgingLevel.PastP70 => 70,
        AgingLevel.PastP85 => 85,
        AgingLevel.PastP95 => 95,
        _ => 0,
    };
}
