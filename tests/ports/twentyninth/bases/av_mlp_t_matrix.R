# av_mlp: the 2017 article's R code with its `=` assignments, its comments, its names and its
# order of statements, unindented, inside train(). The biases stay the 1 x h and 1 x 1 rows
# they are given as; each epoch the hidden one is laid over the samples by filling an h x n
# matrix with it, one column per sample, and turning that round with t(); the output one is
# matrix(bout, n, 1). Both are moved by their sums over the samples, colSums() and sum(),
# where the article has rowSums(). The epoch's loss, sum(E^2)/2/n, is stored right after E.

#sigmoid function
sigmoid=function(x){
1/(1+exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid=function(x){
x*(1-x)
}

train=function(X, y, wh, bh, wout, bout, lr, epochs){
# variable initialization
epoch=epochs
n=nrow(X)
loss=numeric(epoch)
for(i in seq_len(epoch)){
# forward propagation
hidden_layer_input1=X%*%wh
hidden_layer_input=hidden_layer_input1+t(matrix(bh, ncol(bh), n))
hidden_layer_activations=sigmoid(hidden_layer_input)
output_layer_input1=hidden_layer_activations%*%wout
output_layer_input=output_layer_input1+matrix(bout, n, 1)
output= sigmoid(output_layer_input)
# Back Propagation
E=y-output
loss[i]=sum(E^2)/2/n
slope_output_layer=derivatives_sigmoid(output)
slope_hidden_layer=derivatives_sigmoid(hidden_layer_activations)
d_output=E*slope_output_layer
Error_at_hidden_layer=d_output%*%t(wout)
d_hiddenlayer=Error_at_hidden_layer*slope_hidden_layer
wout= wout + (t(hidden_layer_activations)%*%d_output)*lr
bout= bout+sum(d_output)*lr
wh = wh +(t(X)%*%d_hiddenlayer)*lr
bh = bh + colSums(d_hiddenlayer)*lr
}
list(wh=wh, bh=bh, wout=wout, bout=bout, loss=loss)
}

predict=function(X, wh, bh, wout, bout){
n=nrow(X)
hidden_layer_activations=sigmoid(X%*%wh+t(matrix(bh, ncol(bh), n)))
sigmoid(hidden_layer_activations%*%wout+matrix(bout, n, 1))
}
