# landauer-entropy.gp: tangled from noweb/landauer.nw; edit that, not this.
load 'figures/style.gp'
set output outfile
set xlabel '$T/T_c$'
set ylabel '$-\Delta S/kN$'
set xrange [0:1.6]
set yrange [0:0.75]
set key at 1.58,0.62 right top
set arrow from 0,log(2) to 1.6,log(2) nohead dt 3 lc rgb '#888888'
set label '$\ln 2$' at 1.45,log(2)+0.03
plot 'reports/landauer-entropy.tsv' using 1:2 with lines ls 1 title 'eq.~(15)', \
     '' every 4 using 1:3 with points pt 6 ps 0.5 lc rgb '#000000' title '$\ln 2 - H(p)$, eq.~(18)', \
     '' using 1:4 with lines ls 2 title '$N = 16$', \
     '' using 1:5 with lines ls 3 title '$N = 128$', \
     '' using 1:6 with lines ls 4 title '$N = 1024$', \
     'reports/landauer-entropy-mc.tsv' using ($1 == 16 ? $2 : 1/0):3:4 with yerrorbars ls 12 notitle, \
     '' using ($1 == 128 ? $2 : 1/0):3:4 with yerrorbars ls 13 notitle, \
     '' using ($1 == 1024 ? $2 : 1/0):3:4 with yerrorbars ls 14 title 'Glauber MC'
