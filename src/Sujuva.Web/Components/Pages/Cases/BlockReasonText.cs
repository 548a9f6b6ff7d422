using Microsoft.Extensions.Localization;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Components.Pages.Cases;

/// <summary>A block reason's name in the reader's language, from its code or a stored code (anything else reads as Other).</summary>
public static class BlockReasonText
{
    public static string Of(IStringLocalizer<Strings> t, BlockReason reason)
    {
        ArgumentNullException.ThrowIfNull(t);
        return t[$"BlockReason.{reason}"];
    }

    public static string Of(IStringLocalizer<Strings> t, string? code) => Of(t, BlockReasons.FromStored(code));
}
