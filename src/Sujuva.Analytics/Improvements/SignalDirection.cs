namespace Sujuva.Analytics.Improvements;

/// <summary>A signal read by the measure's direction (<see cref="Better"/>): the change helped, or it hurt.</summary>
public enum SignalDirection
{
    Improvement,
    Deterioration,
}
