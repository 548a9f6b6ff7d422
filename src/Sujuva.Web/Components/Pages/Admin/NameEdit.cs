using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Components.Pages.Admin;

/// <summary>A name being edited in the three languages (Fi required, Sv and En optional).</summary>
public sealed class NameEdit
{
    public string Fi { get; set; } = "";
    public string? Sv { get; set; }
    public string? En { get; set; }

    public static NameEdit Of(ILocallyNamed named)
    {
        ArgumentNullException.ThrowIfNull(named);
        return new() { Fi = named.Name, Sv = named.NameSv, En = named.NameEn };
    }
}
