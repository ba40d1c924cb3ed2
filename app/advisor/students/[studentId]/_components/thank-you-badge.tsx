import { Badge } from "@/components/badge";
import type { ThankYouTimeliness } from "@/lib/domain/method-overview";

const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);

/** How a completed interview's thank-you went, in words; the tone only reinforces them. */
export function ThankYouBadge({
  timeliness,
  overdueDays,
}: {
  timeliness: ThankYouTimeliness;
  overdueDays: number;
}) {
  switch (timeliness.state) {
    case "on-time":
      return (
        <Badge tone="done">
          Thank-you on time{timeliness.days === 0 ? ", same day" : `, after ${days(timeliness.days)}`}
        </Badge>
      );
    case "late":
      return <Badge tone="due-today">Thank-you late, after {days(timeliness.days)}</Badge>;
    case "missing":
      return (
        <Badge tone="overdue">
          No thank-you, {days(timeliness.daysSince)} since (due within {overdueDays})
        </Badge>
      );
    case "pending":
      return <Badge tone="upcoming">Thank-you not sent yet ({days(timeliness.daysSince)} since)</Badge>;
  }
}
