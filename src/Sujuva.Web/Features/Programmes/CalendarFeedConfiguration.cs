using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sujuva.Web.Features.Programmes;

public sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> b)
    {
        b.HasKey(f => f.Id);
        b.Property(f => f.TokenHash).HasMaxLength(32);
        b.Property(f => f.ProtectedToken).HasMaxLength(1000);
        b.HasIndex(f => f.TokenHash).IsUnique();
        b.HasIndex(f => f.UserId).IsUnique();
        b.HasIndex(f => f.ClientId).IsUnique();
    }
}
