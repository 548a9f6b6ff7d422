namespace Sujuva.Web.Components.Charts;

/// <summary>A linear map from data values to SVG coordinates, with round tick values for the axis.</summary>
public sealed record Scale(double Min, double Max, double From, double To)
{
    public double Map(double value) => Max <= Min ? From : From + (value - Min) / (Max - Min) * (To - From);

    /// <summary>A zero-based scale whose top is a round number at or above max, with about five ticks.</summary>
    public static (Scale Scale, double[] Ticks) Nice(double max, double from, double to)
    {
        var top = Math.Max(1, max);
        var raw = top / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        if (step < 1) step = 1;
        var ceiling = Math.Ceiling(top / step) * step;
        var ticks = Enumerable.Range(0, (int)Math.Round(ceiling / step) + 1).Select(i => i * step).ToArray();
        return (new Scale(0, ceiling, from, to), ticks);
    }
}
