import { useQuery } from '@tanstack/react-query';
import type { CalendarYearView } from '@zhifa/contracts';
import { api } from '../../app/api';

export type { CalendarYearView };

export const calendarKeys = {
  overview: ['calendar'] as const,
  year: (year: number) => ['calendar', year] as const,
};

export function useCalendarYear(year: number | null) {
  return useQuery({
    queryKey: calendarKeys.year(year ?? 0),
    queryFn: () => api.get<CalendarYearView>(`/api/calendar/${year}`),
    enabled: year !== null,
  });
}
