using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ItemHistoryActorId : Migration
    {
        /// <summary>
        /// Who changed a catalogue item was stored as the sign-in name (the e-mail), "api" or "demo seed";
        /// the app records the user id everywhere, so the column becomes the id. SQLite keeps the TEXT
        /// type, so only the name changes; the values are mapped in SQL.
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "By",
                table: "OfferItemHistory",
                newName: "ActorId");

            // The user whose sign-in name or e-mail it was; a name no user has any more stays as it is,
            // and the item page shows it as a former user.
            migrationBuilder.Sql("""
                UPDATE "OfferItemHistory"
                SET "ActorId" = (
                    SELECT u."Id" FROM "AspNetUsers" AS u
                    WHERE u."UserName" = "OfferItemHistory"."ActorId"
                       OR u."NormalizedUserName" = UPPER("OfferItemHistory"."ActorId")
                       OR u."NormalizedEmail" = UPPER("OfferItemHistory"."ActorId")
                    ORDER BY u."UserName" = "OfferItemHistory"."ActorId" DESC
                    LIMIT 1)
                WHERE EXISTS (
                    SELECT 1 FROM "AspNetUsers" AS u
                    WHERE u."UserName" = "OfferItemHistory"."ActorId"
                       OR u."NormalizedUserName" = UPPER("OfferItemHistory"."ActorId")
                       OR u."NormalizedEmail" = UPPER("OfferItemHistory"."ActorId"));
                """);

            // The demo seed is the system: an empty id, shown as "System".
            migrationBuilder.Sql("""
                UPDATE "OfferItemHistory" SET "ActorId" = '' WHERE "ActorId" = 'demo seed';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "OfferItemHistory"
                SET "ActorId" = (SELECT u."UserName" FROM "AspNetUsers" AS u WHERE u."Id" = "OfferItemHistory"."ActorId")
                WHERE EXISTS (SELECT 1 FROM "AspNetUsers" AS u WHERE u."Id" = "OfferItemHistory"."ActorId" AND u."UserName" IS NOT NULL);
                """);

            migrationBuilder.RenameColumn(
                name: "ActorId",
                table: "OfferItemHistory",
                newName: "By");
        }
    }
}
