namespace Sujuva.Analytics.Readers;

/// <summary>The event log file formats: CSV, XES, gzip-compressed XES and OCEL 2.0 JSON.</summary>
public enum EventLogFormat { Csv, Xes, XesGz, OcelJson }
