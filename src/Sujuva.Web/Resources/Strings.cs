namespace Sujuva.Web.Resources;

/// <summary>Marker for IStringLocalizer&lt;Strings&gt;: the texts are in Strings.resx, Strings.fi.resx, Strings.sv.resx.</summary>
#pragma warning disable CA1052 // A marker type for the localizer; never instantiated.
public sealed class Strings;
#pragma warning restore CA1052
