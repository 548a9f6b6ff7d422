using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Programmes;

public sealed class SessionSeatConfiguration : IEntityTypeConfiguration<SessionSeat>
{
    public void Configure(EntityTypeBuilder<SessionSeat> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Attendance).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.HasIndex(s => s.SessionId);
        b.HasIndex(s => s.CaseId);
        b.HasIndex(s => new { s.SessionId, s.EnrolmentId }).IsUnique();
    }
}
